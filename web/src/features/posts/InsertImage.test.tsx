import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../test/render';
import { InsertImage } from './InsertImage';
import { insertBlock } from './PostEditorForm';

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

const kImage = {
  id: 5,
  post_id: 9,
  mime: 'image/jpeg',
  alt: 'Зал',
  url: '/api/v1/post-images/5/960',
  width: 960,
  height: 640,
  sizes: [],
  markdown: '![Зал](/api/v1/post-images/5/960)',
};

function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  return userEvent.setup({ applyAccept: false }).upload(input, file);
}

describe('insertBlock', () => {
  it('puts the image in a paragraph of its own at the cursor', () => {
    expect(insertBlock('', 0, 0, '![a](/x)')).toEqual({ body: '![a](/x)\n', cursor: 9 });
    expect(insertBlock('Бір. Екі.', 4, 4, '![a](/x)').body).toBe('Бір.\n\n![a](/x)\n\n Екі.');
    expect(insertBlock('Бір.\n\nЕкі.', 6, 6, '![a](/x)').body).toBe('Бір.\n\n![a](/x)\n\nЕкі.');
    // A selection is replaced.
    expect(insertBlock('a OLD b', 2, 5, '![a](/x)').body).toBe('a \n\n![a](/x)\n\n b');
  });
});

describe('InsertImage', () => {
  it('asks to save a new post first', () => {
    renderWithProviders(<InsertImage postId={null} onInsert={() => undefined} />);
    expect(screen.getByText('Save the draft first to add images.')).toBeInTheDocument();
  });

  it('uploads the file with its alt text and hands back the Markdown', async () => {
    const fake = fakeFetch({ 'POST /api/v1/posts/9/images': () => json(201, kImage) });
    vi.stubGlobal('fetch', fake.fn);
    const onInsert = vi.fn();
    renderWithProviders(<InsertImage postId={9} onInsert={onInsert} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Insert image' }));
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'hall.jpg', { type: 'image/jpeg' });
    await choose(file);
    await user.click(screen.getByRole('button', { name: 'Upload and insert' }));
    // Alt text is required before anything is sent.
    expect(await screen.findByText('Describe the image.')).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
    await user.type(screen.getByLabelText(/Description of the image/), 'Зал & "сессия"');
    await user.click(screen.getByRole('button', { name: 'Upload and insert' }));
    await vi.waitFor(() => expect(onInsert).toHaveBeenCalledWith(kImage.markdown));
    const call = fake.calls.find((c) => c.url.includes('/images'));
    expect(call?.url).toContain('alt=%D0%97%D0%B0%D0%BB%20%26%20%22%D1%81%D0%B5%D1%81%D1%81%D0%B8%D1%8F%22');
    expect((call?.init.headers as Record<string, string>)['Content-Type']).toBe('image/jpeg');
    expect(call?.init.body).toBe(file);
  });

  it.each([
    [json(422, { error: { code: 'invalid_argument', message: 'x', fields: { image: 'too_many_pixels' } } }), 'The image is too large: at most 12,000 pixels a side and 50 megapixels.'],
    [json(422, { error: { code: 'invalid_argument', message: 'x', fields: { image: 'too_many' } } }), 'This post already has 30 images.'],
    [json(413, { error: { code: 'payload_too_large', message: 'x', fields: { image: 'too_large' } } }), 'The file is larger than 5 MB.'],
    [json(422, { error: { code: 'invalid_argument', message: 'x', fields: { alt: 'invalid_characters' } } }), 'The description must be one line of text.'],
  ])('shows the server reason next to its field (%#)', async (response, text) => {
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/v1/posts/9/images': () => response.clone() }).fn);
    renderWithProviders(<InsertImage postId={9} onInsert={() => undefined} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Insert image' }));
    await choose(new File(['x'], 'a.png', { type: 'image/png' }));
    await user.type(screen.getByLabelText(/Description of the image/), 'x');
    await user.click(screen.getByRole('button', { name: 'Upload and insert' }));
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
