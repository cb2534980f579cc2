import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import type { PublicAppeal } from '../types';
import { PublicAppealCard } from './PublicAppealCard';

const kAppeal: PublicAppeal = {
  id: 9,
  number: '2-2026-00009',
  maslikhat_id: 2,
  okrug_id: 1,
  type: 'complaint',
  subject: 'Абай көшесіндегі жол',
  category: 'roads',
  status: 'answered',
  outcome: 'satisfied',
  answer_text: 'Жол келесі аптада жөнделеді.',
  registered_on: '2026-11-30',
};

describe('PublicAppealCard', () => {
  it('shows subject, category, status, outcome and answer', () => {
    renderWithProviders(<PublicAppealCard appeal={kAppeal} categoryText="Roads" />);
    expect(screen.getByRole('article', { name: 'Абай көшесіндегі жол' })).toBeInTheDocument();
    expect(screen.getByText('2-2026-00009')).toBeInTheDocument();
    expect(screen.getByText('Roads')).toBeInTheDocument();
    expect(screen.getByText('Answered')).toBeInTheDocument();
    expect(screen.getByText('Satisfied')).toBeInTheDocument();
    expect(screen.getByText('Жол келесі аптада жөнделеді.')).toBeInTheDocument();
  });

  it('shows no personal data even when the object carries some', () => {
    // A server bug must not leak into the page: only the listed fields are ever rendered.
    const leaky = { ...kAppeal, applicant: { name: 'Азамат Демо', email: 'citizen@demo.kenes.kz' }, body: 'Құпия мәтін' };
    const { container } = renderWithProviders(<PublicAppealCard appeal={leaky} categoryText="Roads" />);
    expect(container.textContent).not.toMatch(/Азамат|citizen@|Құпия/);
    expect(container.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('says when there is no answer yet', () => {
    renderWithProviders(
      <PublicAppealCard appeal={{ ...kAppeal, status: 'registered', outcome: null, answer_text: null }} categoryText="Not set" />,
    );
    expect(screen.getByText('No answer yet.')).toBeInTheDocument();
    expect(screen.queryByText('Result')).not.toBeInTheDocument();
  });
});
