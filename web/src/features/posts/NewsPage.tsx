// Public news (/news): published posts of every maslikhat, newest first, filtered by kind and tag
// and searched by words in Kazakh or Russian, any form of them (?kind=&tag=&maslikhat=&q=), twenty
// at a time.
import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { FollowButton } from '../subscriptions';
import { PostCardItem } from './PostCardItem';
import { kMaxQueryChars, kPostKinds, postLang, usePublicPosts, type PostKind, type PublicFilter } from './hooks';

function readFilter(params: URLSearchParams): PublicFilter {
  const kind = params.get('kind');
  const tag = params.get('tag');
  const q = params.get('q')?.trim();
  // An appeal topic's key (a post's page links to its topic's news).
  const topic = params.get('topic');
  const maslikhat = Number(params.get('maslikhat'));
  return {
    ...(kind && (kPostKinds as readonly string[]).includes(kind) ? { kind: kind as PostKind } : {}),
    ...(tag ? { tag } : {}),
    ...(topic && /^[a-z0-9_]{1,40}$/.test(topic) ? { topic } : {}),
    ...(q ? { q: q.slice(0, kMaxQueryChars) } : {}),
    ...(Number.isInteger(maslikhat) && maslikhat > 0 ? { maslikhat } : {}),
  };
}

export function NewsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const [tag, setTag] = useState(filter.tag ?? '');
  const [words, setWords] = useState(filter.q ?? '');
  const posts = usePublicPosts(filter, postLang(i18n.language));
  const set = (values: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  return (
    <Page title={t('posts.public.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          set({ tag: tag.trim(), q: words.trim() });
        }}
      >
        <Group align="end" wrap="wrap" gap="sm">
          <NativeSelect
            label={t('posts.public.kindFilter')}
            value={filter.kind ?? ''}
            onChange={(event) => set({ kind: event.currentTarget.value })}
            data={[
              { value: '', label: t('posts.public.allKinds') },
              ...kPostKinds.map((kind) => ({ value: kind, label: t(`posts.public.kind.${kind}`) })),
            ]}
          />
          <TextInput
            type="search"
            label={t('posts.public.search')}
            value={words}
            maxLength={kMaxQueryChars}
            onChange={(e) => setWords(e.currentTarget.value)}
          />
          <TextInput label={t('posts.public.tagFilter')} value={tag} maxLength={40} onChange={(e) => setTag(e.currentTarget.value)} />
          <Button type="submit" variant="outline">
            {t('posts.public.apply')}
          </Button>
        </Group>
      </form>
      {filter.tag && (
        <FollowButton target={{ kind: 'tag', tag: filter.tag }} label={t('subscriptions.followTag', { tag: filter.tag })} />
      )}
      {filter.maslikhat && !filter.tag && <FollowButton target={{ kind: 'maslikhat', id: filter.maslikhat }} />}
      {posts.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : posts.isError ? (
        <FormAlert kind="error">{t('posts.public.loadFailed')}</FormAlert>
      ) : posts.data.items.length === 0 ? (
        <Text>{filter.q ? t('posts.public.noMatch', { q: filter.q }) : t('posts.public.none')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="news-list">
          {posts.data.items.map((post) => (
            <PostCardItem key={post.id} post={post} />
          ))}
        </Stack>
      )}
    </Page>
  );
}
