// Documents of agenda items (tag `sittings` of the API): the list of a sitting's documents, the
// staff's upload (the body is the file itself), new version, change and removal; and how a
// document is described to a reader ("PDF, 240 KB").
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, type RequestBody } from '../../lib/api/client';
import { isApiError } from '../../lib/api/api_error';
import { sendRawBodyJson } from '../../lib/api/raw_body_request';
import type { components } from '../../lib/api/schema';
import { kSittingsKey } from './hooks';

export type SittingDocument = components['schemas']['SittingDocument'];
export type DocumentLanguage = components['schemas']['SittingDocumentLanguage'];
export const kDocumentLanguages: readonly DocumentLanguage[] = ['both', 'kk', 'ru'];

/** The server's limit (docs/sessions.md): 20 MB. */
export const kMaxDocumentBytes = 20 * 1024 * 1024;
export const kDocumentAccept =
  '.pdf,.docx,.xlsx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.text';

const kTypeOfMime: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
};

/** The type's common name: PDF, DOCX, XLSX, ODT. */
export function documentType(mime: string): string {
  return kTypeOfMime[mime] ?? mime;
}

function locale(language: string): string {
  return language === 'kk' ? 'kk-KZ' : language === 'ru' ? 'ru-RU' : 'en-GB';
}

/** A size as people read it, in their language: "840 bytes", "240 KB", "1.5 MB". */
export function formatSize(t: TFunction, bytes: number, language: string): string {
  if (bytes < 1024) return t('sittings.documents.size.bytes', { n: bytes });
  const n = (value: number, digits: number) => new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024 * 1024) return t('sittings.documents.size.kb', { n: n(Math.round(bytes / 1024), 0) });
  return t('sittings.documents.size.mb', { n: n(bytes / (1024 * 1024), 1) });
}

/** "PDF, 240 KB". */
export function describeFile(t: TFunction, mime: string, bytes: number, language: string): string {
  return `${documentType(mime)}, ${formatSize(t, bytes, language)}`;
}

/** The download link with the file named by the title in the reader's language. */
export function downloadUrl(url: string, language: string): string {
  return `${url}?lang=${language === 'kk' ? 'kk' : 'ru'}`;
}

export type FileProblem = 'required' | 'too_large' | 'unsupported_type' | 'too_many';

/** What is wrong with a chosen file before it is sent: nothing, no file, too big, not one of the types. */
export function localFileProblem(file: File | null): FileProblem | null {
  if (!file) return 'required';
  if (file.size > kMaxDocumentBytes) return 'too_large';
  if (!/\.(pdf|docx|xlsx|odt)$/i.test(file.name)) return 'unsupported_type';
  return null;
}

/** The server's reason about the file, if the error is about it (413 is a file too large). */
export function fileProblemOf(error: unknown): FileProblem | null {
  if (!isApiError(error)) return null;
  if (error.status === 413) return 'too_large';
  const reason = error.fields.file;
  return reason === 'too_large' || reason === 'unsupported_type' || reason === 'too_many' ? reason : null;
}

function documentsKey(sittingId: number) {
  return [...kSittingsKey, 'documents', sittingId] as const;
}

export function useSittingDocuments(sittingId: number) {
  return useQuery({
    queryKey: documentsKey(sittingId),
    queryFn: ({ signal }) => api.get('/api/v1/public/sittings/{id}/documents', { params: { id: sittingId }, signal }),
  });
}

function useDocumentChange<V>(sittingId: number, change: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => client.invalidateQueries({ queryKey: documentsKey(sittingId) }),
  });
}

export interface NewDocument {
  itemId: number;
  titleKk: string;
  titleRu: string;
  language: DocumentLanguage;
  file: File;
}

export function useAddDocument(sittingId: number) {
  return useDocumentChange(sittingId, ({ itemId, titleKk, titleRu, language, file }: NewDocument) => {
    const query = new URLSearchParams({ title_kk: titleKk, title_ru: titleRu, language });
    return sendRawBodyJson<SittingDocument>(
      'POST',
      `/api/v1/sittings/${String(sittingId)}/agenda/${String(itemId)}/documents?${query.toString()}`,
      file,
      file.type || 'application/octet-stream',
    );
  });
}

export function useReplaceDocument(sittingId: number) {
  return useDocumentChange(sittingId, ({ documentId, file }: { documentId: number; file: File }) =>
    sendRawBodyJson<SittingDocument>('POST', `/api/v1/sitting-documents/${String(documentId)}/versions`, file, file.type || 'application/octet-stream'),
  );
}

export function useRemoveDocument(sittingId: number) {
  return useDocumentChange(sittingId, (documentId: number) => api.delete('/api/v1/sitting-documents/{id}', { params: { id: documentId } }));
}

export type DocumentChange = RequestBody<'/api/v1/sitting-documents/{id}', 'patch'>;

export interface RetitleForm {
  titleKk: string;
  titleRu: string;
  language: DocumentLanguage;
}

export function retitleFormOf(d: SittingDocument): RetitleForm {
  return { titleKk: d.title_kk, titleRu: d.title_ru, language: d.language };
}

/** Which titles are missing (both are required, as when attaching). */
export function retitleProblems(form: RetitleForm): { kk: boolean; ru: boolean } {
  return { kk: form.titleKk.trim() === '', ru: form.titleRu.trim() === '' };
}

/** The PATCH body with only what changed, trimmed; null when nothing did. */
export function retitleBody(d: SittingDocument, form: RetitleForm): DocumentChange | null {
  const body: DocumentChange = {};
  if (form.titleKk.trim() !== d.title_kk) body.title_kk = form.titleKk.trim();
  if (form.titleRu.trim() !== d.title_ru) body.title_ru = form.titleRu.trim();
  if (form.language !== d.language) body.language = form.language;
  return Object.keys(body).length === 0 ? null : body;
}

export function useRetitleDocument(sittingId: number) {
  return useDocumentChange(sittingId, ({ documentId, body }: { documentId: number; body: DocumentChange }) =>
    api.patch('/api/v1/sitting-documents/{id}', { params: { id: documentId }, body }),
  );
}
