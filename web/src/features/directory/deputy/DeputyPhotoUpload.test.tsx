import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, json, renderWithProviders } from '../../../test/render';
import { deputyFixture } from '../test_fixtures';
import { DeputyPhotoUpload } from './DeputyPhotoUpload';

beforeEach(() => {
  document.cookie = 'kenes_csrf=test-token';
});

function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  // applyAccept: false lets a test pick what the file dialog would normally hide.
  return userEvent.setup({ applyAccept: false }).upload(input, file);
}

describe('DeputyPhotoUpload', () => {
  it('sends the file itself with its type and the CSRF header', async () => {
    const fake = fakeFetch({ 'PUT /api/v1/deputies/7/photo': () => json(200, deputyFixture({ id: 7 })) });
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(<DeputyPhotoUpload deputyId={7} />);
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'me.jpg', { type: 'image/jpeg' });
    await choose(file);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upload the photo' }));
    expect(await screen.findByText('The photo is uploaded.')).toBeInTheDocument();
    const call = fake.calls.find((c) => c.url.endsWith('/photo'));
    const headers = call?.init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('image/jpeg');
    expect(headers['X-CSRF-Token']).toBe('test-token');
    expect(call?.init.body).toBe(file);
  });

  it.each([
    [json(422, { error: { code: 'invalid_argument', message: 'x', fields: { photo: 'invalid_image' } } }), 'The file is damaged or is not an image.'],
    [json(413, { error: { code: 'payload_too_large', message: 'x', fields: { photo: 'too_large' } } }), 'The file is larger than 5 MB.'],
    [json(422, { error: { code: 'invalid_argument', message: 'x', fields: { photo: 'unsupported_type' } } }), 'This file type is not supported. Choose a JPEG, PNG or WebP image.'],
  ])('shows the server reason next to the field (%#)', async (response, text) => {
    vi.stubGlobal('fetch', fakeFetch({ 'PUT /api/v1/deputies/7/photo': () => response.clone() }).fn);
    renderWithProviders(<DeputyPhotoUpload deputyId={7} />);
    await choose(new File(['x'], 'me.png', { type: 'image/png' }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upload the photo' }));
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('refuses a file that is not an image without sending it', async () => {
    const fake = fakeFetch({});
    vi.stubGlobal('fetch', fake.fn);
    renderWithProviders(<DeputyPhotoUpload deputyId={7} />);
    await choose(new File(['hello'], 'notes.pdf', { type: 'application/pdf' }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Upload the photo' }));
    expect(await screen.findByText(/This file type is not supported/)).toBeInTheDocument();
    expect(fake.calls).toEqual([]);
  });
});
