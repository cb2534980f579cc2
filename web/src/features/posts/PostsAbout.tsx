// The published posts about an event or a sitting, on its page: a small section loaded lazily
// (features/posts/index.ts), so the page's first download does not grow. Nothing when there are none.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PostCardItem } from './PostCardItem';
import { postLang, usePublicPosts } from './hooks';

export function PostsAbout({ eventId, sittingId }: { eventId?: number; sittingId?: number }) {
  const { t, i18n } = useTranslation();
  const filter = eventId ? { event: eventId, limit: 20 } : { sitting: sittingId ?? 0, limit: 20 };
  const posts = usePublicPosts(filter, postLang(i18n.language));
  const items = posts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="posts-about" data-testid="posts-about">
      <Title order={2} id="posts-about">
        {t('posts.about.listTitle')}
      </Title>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((post) => (
          <PostCardItem key={post.id} post={post} headingLevel={3} />
        ))}
      </Stack>
    </Stack>
  );
}
