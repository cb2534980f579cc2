// Documents of an agenda item: described in the reader's language ("PDF, 240 KB"), earlier
// versions listed under the newest, a wrong file refused before it is sent, and the upload sent
// as the file itself with its titles and language in the query.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../lib/i18n/i18n';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { describeFile, downloadUrl, localFileProblem, retitleBody, retitleFormOf, retitleProblems, type SittingDocument } from './documents';
import { ItemDocuments } from './ItemDocuments';

const doc: SittingDocument = {
  id: 5,
  sitting_id: 7,
  agenda_item_id: 11,
  title_kk: 'Шешім жобасы',
  title_ru: 'Проект решения',
  language: 'both',
  position: 1,
  created_at: '2026-11-18T05:00:00Z',
  updated_at: '2026-11-19T05:00:00Z',
  versions: [
    { id: 9, mime: 'application/pdf', size_bytes: 245760, created_at: '2026-11-19T05:00:00Z', url: '/api/v1/public/sitting-documents/5/versions/9' },
    { id: 8, mime: 'application/pdf', size_bytes: 900, created_at: '2026-11-18T05:00:00Z', url: '/api/v1/public/sitting-documents/5/versions/8' },
  ],
};

beforeEach(async () => {
  document.cookie = 'kenes_csrf=test-token';
  await i18n.changeLanguage('en');
});

describe('describeFile', () => {
  it('names the type and the size in the reader language', async () => {
    expect(describeFile(i18n.t, 'application/pdf', 245760, 'en')).toBe('PDF, 240 KB');
    expect(describeFile(i18n.t, 'application/vnd.oasis.opendocument.text', 900, 'en')).toBe('ODT, 900 bytes');
    await i18n.changeLanguage('ru');
    expect(describeFile(i18n.t, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 1.5 * 1024 * 1024, 'ru')).toBe('XLSX, 1,5 МБ');
    await i18n.changeLanguage('kk');
    expect(describeFile(i18n.t, 'application/pdf', 245760, 'kk')).toBe('PDF, 240 КБ');
  });

  it('names the downloaded file in Kazakh only for Kazakh readers', () => {
    expect(downloadUrl('/x', 'kk')).toBe('/x?lang=kk');
    expect(downloadUrl('/x', 'en')).toBe('/x?lang=ru');
  });

  it('refuses a file that is missing, too large or of another type before sending', () => {
    expect(localFileProblem(null)).toBe('required');
    expect(localFileProblem(new File(['x'], 'photo.jpg'))).toBe('unsupported_type');
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    expect(localFileProblem(big)).toBe('too_large');
    expect(localFileProblem(new File(['%PDF-'], 'Решение.PDF'))).toBeNull();
  });
});

describe('ItemDocuments', () => {
  it('lists the newest version with its earlier one', () => {
    renderWithProviders(<ItemDocuments sittingId={7} itemId={11} documents={[doc]} mayEdit={false} />);
    const link = screen.getByRole('link', { name: 'Проект решения' });
    expect(link).toHaveAttribute('href', '/api/v1/public/sitting-documents/5/versions/9?lang=ru');
    expect(screen.getByTestId('document-meta')).toHaveTextContent('PDF, 240 KB · In Kazakh and Russian');
    expect(screen.getByText('Earlier versions: 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Attach a document' })).not.toBeInTheDocument();
  });

  it('sends the file itself with its titles and language', async () => {
    const sent: { url: string; body: unknown }[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'POST /api/v1/sittings/7/agenda/11/documents': (init) => {
        sent.push({ url: '', body: init.body });
        return json(201, doc);
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ItemDocuments sittingId={7} itemId={11} documents={[]} mayEdit />);
    await user.click(screen.getByRole('button', { name: 'Attach a document' }));
    await user.type(screen.getByRole('textbox', { name: 'Title in Kazakh' }), 'Жоба');
    await user.type(screen.getByRole('textbox', { name: 'Title in Russian' }), 'Проект');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the document' }), 'ru');
    const file = new File(['%PDF-1.4 %%EOF'], 'draft.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('File'), file);
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    const call = fake.calls.find((c) => c.url.includes('/documents'));
    expect(call?.url).toContain('title_kk=%D0%96%D0%BE%D0%B1%D0%B0');
    expect(call?.url).toContain('language=ru');
    expect(sent[0]?.body).toBe(file);
  });

  it('says why a file of another type is refused, without sending it', async () => {
    const fake = fakeFetch({});
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup({ applyAccept: false });
    renderWithProviders(<ItemDocuments sittingId={7} itemId={11} documents={[]} mayEdit />);
    await user.click(screen.getByRole('button', { name: 'Attach a document' }));
    await user.type(screen.getByRole('textbox', { name: 'Title in Kazakh' }), 'a');
    await user.type(screen.getByRole('textbox', { name: 'Title in Russian' }), 'b');
    await user.upload(screen.getByLabelText('File'), new File(['MZ'], 'tool.exe'));
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByText('This is not a PDF, DOCX, XLSX or ODT file.')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.url.includes('/documents'))).toHaveLength(0);
  });
});

describe('retitling a document', () => {
  it('sends only what changed, trimmed, and nothing when nothing did', () => {
    expect(retitleBody(doc, retitleFormOf(doc))).toBeNull();
    expect(retitleBody(doc, { titleKk: 'Шешім жобасы', titleRu: ' Проект решения (новая редакция) ', language: 'ru' })).toEqual({
      title_ru: 'Проект решения (новая редакция)',
      language: 'ru',
    });
    expect(retitleProblems({ titleKk: ' ', titleRu: 'x', language: 'both' })).toEqual({ kk: true, ru: false });
  });

  it('opens from the keyboard, refuses an empty title in words, then saves the change', async () => {
    const sent: unknown[] = [];
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'PATCH /api/v1/sitting-documents/5': (init) => {
        sent.push(JSON.parse(String(init.body)));
        return json(200, { ...doc, title_ru: 'Проект решения № 2' });
      },
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ItemDocuments sittingId={7} itemId={11} documents={[doc]} mayEdit />);
    screen.getByRole('button', { name: 'Change the title of “Проект решения”' }).focus();
    await user.keyboard('{Enter}');
    const kk = screen.getByRole('textbox', { name: 'Title in Kazakh' });
    expect(kk).toHaveFocus();
    await user.clear(kk);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(i18n.t('errors.fields.required'))).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await user.type(kk, 'Шешім жобасы');
    const ru = screen.getByRole('textbox', { name: 'Title in Russian' });
    await user.clear(ru);
    await user.type(ru, 'Проект решения № 2{Enter}');
    await waitFor(() => expect(sent).toEqual([{ title_ru: 'Проект решения № 2' }]));
    await waitFor(() => expect(screen.queryByTestId('retitle-document-form')).not.toBeInTheDocument());
  });

  it('words the server refusal', async () => {
    const fake = fakeFetch({
      'GET /api/v1/csrf': () => json(200, { csrf_token: 't' }),
      'PATCH /api/v1/sitting-documents/5': () => json(403, { error: { code: 'permission_denied', message: 'denied' } }),
    });
    vi.stubGlobal('fetch', fake.fn);
    const user = userEvent.setup();
    renderWithProviders(<ItemDocuments sittingId={7} itemId={11} documents={[doc]} mayEdit />);
    await user.click(screen.getByRole('button', { name: 'Change the title of “Проект решения”' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the document' }), 'kk');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(i18n.t('errors.code.permission_denied'));
    expect(screen.getByTestId('retitle-document-form')).toBeInTheDocument();
  });
});
