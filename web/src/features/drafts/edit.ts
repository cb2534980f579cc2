// What the staff's correction form sends: only what changed (the server audits the fields named),
// the Kazakh and Russian texts of a paragraph nobody has commented on, and a period only when it
// grew. A commented paragraph keeps its texts as commented; only a language it lacks (a discussion
// from before both were kept) may be added.
import type { DraftDetail, DraftEdit } from './hooks';

export interface ParagraphForm {
  kk: string;
  ru: string;
}

export interface EditForm {
  titleKk: string;
  titleRu: string;
  workingDays: number;
  texts: Record<number, ParagraphForm>; // paragraph id → texts as edited
}

export function editFormOf(draft: DraftDetail): EditForm {
  return {
    titleKk: draft.title_kk,
    titleRu: draft.title_ru,
    workingDays: draft.working_days,
    texts: Object.fromEntries(draft.paragraphs.map((p) => [p.id, { kk: p.text_kk, ru: p.text_ru }])),
  };
}

/** The ids of paragraphs with at least one comment (hidden ones count: they were written on it). */
export function commentedParagraphs(draft: DraftDetail): Set<number> {
  return new Set(draft.comments.map((c) => c.paragraph_id));
}

type Paragraph = DraftDetail['paragraphs'][number];

/** Which of a paragraph's texts staff may change: both when uncommented, else only a missing one. */
export function editableTexts(p: Paragraph, commented: boolean): { kk: boolean; ru: boolean } {
  if (!commented) return { kk: true, ru: true };
  return { kk: p.text_kk === '', ru: p.text_ru === '' };
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
  const fixes: NonNullable<DraftEdit['paragraphs']> = [];
  for (const p of draft.paragraphs) {
    const may = editableTexts(p, commented.has(p.id));
    const edited = form.texts[p.id] ?? { kk: p.text_kk, ru: p.text_ru };
    const fix: NonNullable<DraftEdit['paragraphs']>[number] = { id: p.id };
    const nextKk = edited.kk.trim();
    const nextRu = edited.ru.trim();
    // A missing language left empty is no change; a present one emptied is sent, for the server to refuse in words.
    if (may.kk && nextKk !== p.text_kk) fix.text_kk = nextKk;
    if (may.ru && nextRu !== p.text_ru) fix.text_ru = nextRu;
    if (fix.text_kk !== undefined || fix.text_ru !== undefined) fixes.push(fix);
  }
  if (fixes.length > 0) body.paragraphs = fixes;
  return Object.keys(body).length === 0 ? null : body;
}

/** Whether staff may still change the discussion: before it closes and unless withdrawn. */
export function changeable(draft: DraftDetail): boolean {
  return draft.state === 'open' || draft.state === 'upcoming';
}
