// Whose a post is and what it is about, as the editor's selects hold them (strings, '' for none)
// and as the API takes them (ids or null). Pure, for the editor and its tests.
import type { PostEditor, PostRefs } from './hooks';
import { kNoRefs } from './hooks';

export type RefKey = keyof PostRefs;
export const kIdRefs = ['deputy_id', 'commission_id', 'okrug_id', 'event_id', 'sitting_id'] as const;

/** The stored references of a post (none for a new one). */
export function refsOf(post: PostEditor | null): PostRefs {
  if (!post) return { ...kNoRefs };
  return {
    deputy_id: post.deputy_id,
    commission_id: post.commission_id,
    okrug_id: post.okrug_id,
    event_id: post.event_id,
    sitting_id: post.sitting_id,
    topic: post.topic,
  };
}

/** A select's value for a reference. */
export function refValue(refs: PostRefs, key: RefKey): string {
  const value = refs[key];
  return value === null ? '' : String(value);
}

/** The references with one select's choice; '' clears it, an id must be a positive whole number. */
export function withRef(refs: PostRefs, key: RefKey, value: string): PostRefs {
  if (key === 'topic') return { ...refs, topic: value === '' ? null : value };
  const id = Number(value);
  return { ...refs, [key]: value !== '' && Number.isInteger(id) && id > 0 ? id : null };
}

/** A deputy writes as themselves: their post is a deputy post of theirs, whatever was chosen. */
export function asDeputy(refs: PostRefs, deputyId: number): PostRefs {
  return { ...refs, deputy_id: deputyId };
}

/** "2026-12-02T18:00" → "02.12.2026 18:00"; "2026-12-10" → "10.12.2026" (the maslikhat's local time). */
export function localWhen(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
  if (!m) return value;
  const day = `${m[3] ?? ''}.${m[2] ?? ''}.${m[1] ?? ''}`;
  return m[4] ? `${day} ${m[4]}` : day;
}
