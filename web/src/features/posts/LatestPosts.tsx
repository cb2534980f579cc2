// The latest posts of a maslikhat or a deputy, for their public page: a small section loaded lazily
// (features/posts/index.ts), so the page's first download does not grow.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FollowButton } from '../subscriptions';
import { FeedLinks } from './FeedLinks';
import { PostCardItem } from './PostCardItem';
import { kPostRoutes } from './post_paths';
import { postLang, usePublicPosts } from './hooks';

export function LatestPosts({ maslikhatId, deputyId }: { maslikhatId?: number; deputyId?: number }) {
  const { t, i18n } = useTranslation();
  const filter = deputyId ? { deputy: deputyId, limit: 3 } : { maslikhat: maslikhatId ?? 0, limit: 3 };
  const posts = usePublicPosts(filter, postLang(i18n.language));
  const items = posts.data?.items ?? [];
  return (
    <Stack component="section" gap="sm" aria-labelledby="latest-posts">
      <Title order={2} id="latest-posts">
        {t('posts.public.latest')}
      </Title>
      {posts.isSuccess && items.length === 0 && <Text>{t('posts.public.none')}</Text>}
      {items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((post) => (
            <PostCardItem key={post.id} post={post} headingLevel={3} />
          ))}
        </Stack>
      )}
      {!deputyId && maslikhatId && (
        <Anchor component={Link} to={`${kPostRoutes.news}?maslikhat=${String(maslikhatId)}`}>
          {t('posts.public.allNews')}
        </Anchor>
      )}
      <FeedLinks scope={deputyId ? 'deputies' : 'maslikhats'} id={deputyId ?? maslikhatId ?? 0} />
      <FollowButton target={deputyId ? { kind: 'deputy', id: deputyId } : { kind: 'maslikhat', id: maslikhatId ?? 0 }} />
    </Stack>
  );
}
