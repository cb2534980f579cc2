// What the staff's correction form sends: only what changed (the server audits the fields named),
// the text of a paragraph nobody has commented on, and a period only when it grew. A commented
// paragraph is never sent: its text stays as commented.
import type { DraftDetail, DraftEdit } from './hooks';

export interface EditForm {
  titleKk: string;
  titleRu: string;
  workingDays: number;
  texts: Record<number, string>; // paragraph id → text as edited
}

export function editFormOf(draft: DraftDetail): EditForm {
  return {
    titleKk: draft.title_kk,
    titleRu: draft.title_ru,
    workingDays: draft.working_days,
    texts: Object.fromEntries(draft.paragraphs.map((p) => [p.id, p.text])),
  };
}

/** The ids of paragraphs with at least one comment (hidden ones count: they were written on it). */
export function commentedParagraphs(draft: DraftDetail): Set<number> {
  return new Set(draft.comments.map((c) => c.paragraph_id));
}

/** The PATCH body, or null when nothing changed. */
export function editBody(draft: DraftDetail, form: EditForm): DraftEdit | null {
  const body: DraftEdit = {};
  const kk = form.titleKk.trim();
  const ru = form.titleRu.trim();
  if (kk !== draft.title_kk) body.title_kk = kk;
  if (ru !== draft.title_ru) body.title_ru = ru;
  if (form.workingDays !== draft.working_days) body.working_days = form.workingDays;
  const commented = commentedParagraphs(draft);
  const fixes = draft.paragraphs
    .filter((p) => !commented.has(p.id) && (form.texts[p.id] ?? p.text).trim() !== p.text)
    .map((p) => ({ id: p.id, text: (form.texts[p.id] ?? p.text).trim() }));
  if (fixes.length > 0) body.paragraphs = fixes;
  return Object.keys(body).length === 0 ? null : body;
}

/** Whether staff may still change the discussion: before it closes and unless withdrawn. */
export function changeable(draft: DraftDetail): boolean {
  return draft.state === 'open' || draft.state === 'upcoming';
}
