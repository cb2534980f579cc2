// What a post is about, on its page: the event (its title and local date and time), the sitting
// (its number and date) and the appeal topic (in the reader's language), each a link.
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPostRoutes } from './post_paths';
import { localWhen } from './post_refs';
import type { PostLinks } from './hooks';

export function PostAbout({ links }: { links: PostLinks }) {
  const { t } = useTranslation();
  const { event, sitting, topic } = links;
  if (!event && !sitting && !topic) return null;
  return (
    <Stack component="section" gap={4} aria-labelledby="post-about" data-testid="post-about">
      <Text fw={600} id="post-about">
        {t('posts.about.title')}
      </Text>
      <Stack component="ul" gap={4} m={0} pl="md">
        {event && (
          <li>
            {t('posts.about.event')}:{' '}
            <Anchor component={Link} to={`/events/${String(event.id)}`} data-testid="post-about-event">
              {event.title}
            </Anchor>{' '}
            ({localWhen(event.starts_at)})
          </li>
        )}
        {sitting && (
          <li>
            <Anchor component={Link} to={`/sittings/${String(sitting.id)}`} data-testid="post-about-sitting">
              {sitting.commission_id
                ? t('posts.about.meeting', { name: sitting.commission_name, number: sitting.number, date: localWhen(sitting.held_on) })
                : t(`posts.about.sitting.${sitting.kind}`, { number: sitting.number, date: localWhen(sitting.held_on) })}
            </Anchor>
          </li>
        )}
        {topic && (
          <li>
            {t('posts.about.topic')}:{' '}
            <Anchor component={Link} to={`${kPostRoutes.news}?topic=${encodeURIComponent(topic.key)}`}>
              {topic.name}
            </Anchor>
          </li>
        )}
      </Stack>
    </Stack>
  );
}
