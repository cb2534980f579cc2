// The editor's choice of whose a post is (staff only: a deputy, a commission, an okrug) and what it
// is about (an event, a sitting, an appeal topic), each from the maslikhat's own lists; '' is none.
// Part of the editor's chunk, which only signed-in writers download.
import { Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api/client';
import { deputyName, pick, useMaslikhatCommissions, useMaslikhatDeputies, useMaslikhatOkrugs } from '../directory';
import { sittingTitle, useSittings } from '../sittings';
import { kPostsKey, postLang, type PostRefs } from './hooks';
import { localWhen, refValue, withRef, type RefKey } from './post_refs';

/** Events of the last half year and those ahead, in the editor's language. */
function useLinkableEvents(maslikhatId: number, lang: string) {
  const from = new Date(Date.now() - 183 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return useQuery({
    queryKey: [...kPostsKey, 'linkable-events', maslikhatId, lang, from],
    queryFn: async ({ signal }) =>
      api.get('/api/v1/public/events', { query: { maslikhat: maslikhatId, from, lang: postLang(lang), limit: 100 }, signal }),
  });
}

function useTopics() {
  return useQuery({
    queryKey: [...kPostsKey, 'topics'],
    queryFn: async ({ signal }) => api.get('/api/v1/appeal-categories', { signal }),
  });
}

interface Option {
  value: string;
  label: string;
}

function RefSelect({ refs, name, label, options, onChange }: { refs: PostRefs; name: RefKey; label: string; options: Option[]; onChange: (refs: PostRefs) => void }) {
  const { t } = useTranslation();
  const value = refValue(refs, name);
  // A stored link the list no longer offers (an old event) stays selectable.
  const data = [{ value: '', label: t('posts.refs.none') }, ...options];
  if (value !== '' && !options.some((o) => o.value === value)) data.push({ value, label: `№ ${value}` });
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(event) => onChange(withRef(refs, name, event.currentTarget.value))}
      data={data}
      data-testid={`post-ref-${name}`}
    />
  );
}

export function PostRefFields({ maslikhatId, refs, onChange, chooseOwner }: { maslikhatId: number; refs: PostRefs; onChange: (refs: PostRefs) => void; chooseOwner: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const events = useLinkableEvents(maslikhatId, language);
  const sittings = useSittings(maslikhatId);
  const topics = useTopics();
  const deputies = useMaslikhatDeputies(chooseOwner ? maslikhatId : null);
  const commissions = useMaslikhatCommissions(chooseOwner ? maslikhatId : null);
  const okrugs = useMaslikhatOkrugs(chooseOwner ? maslikhatId : null);
  const topicName = (c: { name_kk: string; name_ru: string; name_en: string }) =>
    postLang(language) === 'kk' ? c.name_kk : postLang(language) === 'en' ? c.name_en || c.name_ru : c.name_ru;
  return (
    <>
      {chooseOwner && (
        <Group wrap="wrap" align="end">
          <RefSelect
            refs={refs}
            name="deputy_id"
            label={t('posts.refs.deputy')}
            onChange={onChange}
            options={(deputies.data ?? []).map((d) => ({ value: String(d.id), label: deputyName(language, d) }))}
          />
          <RefSelect
            refs={refs}
            name="commission_id"
            label={t('posts.refs.commission')}
            onChange={onChange}
            options={(commissions.data?.items ?? []).map((c) => ({ value: String(c.id), label: pick(language, c.name_kk, c.name_ru) }))}
          />
          <RefSelect
            refs={refs}
            name="okrug_id"
            label={t('posts.refs.okrug')}
            onChange={onChange}
            options={(okrugs.data?.items ?? []).map((o) => ({ value: String(o.id), label: `№ ${String(o.number)} ${pick(language, o.name_kk, o.name_ru)}`.trim() }))}
          />
        </Group>
      )}
      <Group wrap="wrap" align="end">
        <RefSelect
          refs={refs}
          name="event_id"
          label={t('posts.refs.event')}
          onChange={onChange}
          options={(events.data?.items ?? []).map((e) => ({ value: String(e.id), label: `${localWhen(e.starts_at)} — ${e.title}` }))}
        />
        <RefSelect
          refs={refs}
          name="sitting_id"
          label={t('posts.refs.sitting')}
          onChange={onChange}
          options={(sittings.data?.items ?? []).map((s) => ({ value: String(s.id), label: `${localWhen(s.held_on)} — ${sittingTitle(t, language, s)}` }))}
        />
        <RefSelect
          refs={refs}
          name="topic"
          label={t('posts.refs.topic')}
          onChange={onChange}
          options={(topics.data?.items ?? []).map((c) => ({ value: c.key, label: topicName(c) }))}
        />
      </Group>
    </>
  );
}
