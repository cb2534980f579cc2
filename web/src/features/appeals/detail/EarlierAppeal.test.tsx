import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { stubDocumentFonts, testAppeal } from '../test_appeal';
import { EarlierAppeal } from './EarlierAppeal';

stubDocumentFonts();

describe('EarlierAppeal', () => {
  it('shows the handler the earlier appeal: its number as a link, its status in words and the answer given', async () => {
    const earlier = testAppeal({ id: 5, number: '1-2026-00005', status: 'answered', answer_text: 'Яма засыпана 3 марта.' });
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/v1/appeals/5': () => json(200, earlier) }).fn);
    renderWithProviders(<EarlierAppeal id={5} />);
    const section = await screen.findByRole('region', { name: 'The earlier appeal it repeats' });
    expect(screen.getByRole('link', { name: '1-2026-00005' })).toHaveAttribute('href', '/appeals/5');
    expect(section).toHaveTextContent('Answered');
    expect(section).toHaveTextContent('The answer given then');
    expect(section).toHaveTextContent('Яма засыпана 3 марта.');
  });

  it('says when the earlier one is not answered yet, and when the reader may not open it', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /api/v1/appeals/6': () => json(200, testAppeal({ id: 6, status: 'in_consideration', answer_text: null })),
        'GET /api/v1/appeals/9': () => json(404, { error: { code: 'not_found', message: 'x' } }),
      }).fn,
    );
    renderWithProviders(
      <>
        <EarlierAppeal id={6} />
        <EarlierAppeal id={9} />
      </>,
    );
    expect(await screen.findByText('Not answered yet.')).toBeInTheDocument();
    expect(await screen.findByText('This appeal repeats an earlier one that you cannot open.')).toBeInTheDocument();
  });
});
