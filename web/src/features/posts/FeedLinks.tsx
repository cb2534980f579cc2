// RSS and Atom links of a maslikhat's or a deputy's posts, in the reader's language.
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { feedUrls, postLang } from './hooks';

export function FeedLinks({ scope, id }: { scope: 'maslikhats' | 'deputies'; id: number }) {
  const { t, i18n } = useTranslation();
  const urls = feedUrls(scope, id, postLang(i18n.language));
  return (
    <Group gap="md">
      <Anchor href={urls.rss} data-testid="feed-rss">
        {t('posts.public.rss')}
      </Anchor>
      <Anchor href={urls.atom}>{t('posts.public.atom')}</Anchor>
    </Group>
  );
}
