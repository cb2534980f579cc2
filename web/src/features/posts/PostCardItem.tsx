// One post in a list: kind, date in local words, title (a link to its page), summary, and which
// language it is shown in when that is not the reader's.
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMomentDay } from '../../lib/dates';
import { postPath } from './post_paths';
import type { PostCard } from './hooks';

export function PostCardItem({ post, headingLevel = 2 }: { post: PostCard; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const titleId = `post-${String(post.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId} data-testid="post-card">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="blue.9" tt="none">
            {t(`posts.public.kind.${post.kind}`)}
          </Badge>
          {post.publish_at && (
            <Text size="sm" c="dimmed" component="span">
              {formatMomentDay(post.publish_at, i18n.language)}
            </Text>
          )}
        </Group>
        <Title order={headingLevel} size="h4" id={titleId} lang={post.lang}>
          <Anchor component={Link} to={postPath(post.id)} style={{ overflowWrap: 'anywhere' }}>
            {post.title}
          </Anchor>
        </Title>
        {post.summary && (
          <Text lang={post.lang} style={{ overflowWrap: 'anywhere' }}>
            {post.summary}
          </Text>
        )}
        {post.tags.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('posts.public.tags')}: {post.tags.join(', ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
