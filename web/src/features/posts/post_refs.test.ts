import { describe, expect, it } from 'vitest';
import { createBody, kNoRefs } from './hooks';
import { asDeputy, localWhen, refValue, refsOf, withRef } from './post_refs';

describe('post references', () => {
  it('reads a select back as an id or none, never a bad id', () => {
    let refs = withRef(kNoRefs, 'event_id', '12');
    expect(refs.event_id).toBe(12);
    expect(refValue(refs, 'event_id')).toBe('12');
    refs = withRef(refs, 'event_id', '');
    expect(refs.event_id).toBeNull();
    for (const bad of ['0', '-3', '1.5', 'x', '1e3x']) expect(withRef(kNoRefs, 'sitting_id', bad).sitting_id).toBeNull();
    expect(withRef(kNoRefs, 'topic', 'roads').topic).toBe('roads');
    expect(withRef({ ...kNoRefs, topic: 'roads' }, 'topic', '').topic).toBeNull();
  });

  it('starts from the stored post and keeps a deputy on their own post', () => {
    expect(refsOf(null)).toEqual(kNoRefs);
    expect(asDeputy({ ...kNoRefs, deputy_id: 4 }, 9).deputy_id).toBe(9);
  });

  it('a new post names only the references it has', () => {
    const body = createBody({ ...kNoRefs, event_id: 3, topic: 'roads', kind: 'news', tags: [], texts: [] });
    expect(body).toEqual({ kind: 'news', tags: [], texts: [], event_id: 3, topic: 'roads' });
  });

  it('writes local times the way people read them', () => {
    expect(localWhen('2026-12-02T18:00')).toBe('02.12.2026 18:00');
    expect(localWhen('2026-12-10')).toBe('10.12.2026');
    expect(localWhen('soon')).toBe('soon');
  });
});
