// The template form's state and its checks (mirroring the server: title 1–200, text 1–20 000 characters).
import type { Language } from '../../../lib/api/types';
import type { AnswerTemplate } from '../types';

export interface TemplateRequest {
  language: Language;
  title: string;
  body: string;
}

export function templateDraft(from: AnswerTemplate | null, language: Language): TemplateRequest {
  return from ? { language: from.language, title: from.title, body: from.body } : { language, title: '', body: '' };
}

const chars = (value: string) => [...value].length;

/** field → reason, with the API's field names. */
export function templateProblems(draft: TemplateRequest): Record<string, string> {
  const problems: Record<string, string> = {};
  const title = draft.title.trim();
  if (title === '') problems.title = 'required';
  else if (chars(title) > 200) problems.title = 'too_long';
  const body = draft.body.trim();
  if (body === '') problems.body = 'required';
  else if (chars(body) > 20000) problems.body = 'too_long';
  return problems;
}

export function templateRequest(draft: TemplateRequest): TemplateRequest {
  return { language: draft.language, title: draft.title.trim(), body: draft.body.trim() };
}

export const kTemplateFields = ['language', 'title', 'body'] as const;
