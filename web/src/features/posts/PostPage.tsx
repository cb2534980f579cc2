// A published post (/posts/:id) in the reader's language (or ?lang=), with the server's rendered
// HTML (inert by construction, ADR 0015) and, when the post lacks that language, which it is
// shown in and which it has.
import { Anchor, Badge, Group, Loader, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { formatMomentDay } from '../../lib/dates';
import { FollowButton } from '../subscriptions';
import { PostAbout } from './PostAbout';
import { kPostRoutes } from './post_paths';
import { postLang, usePublicPost, type PostLang } from './hooks';

export function PostPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const asked = params.get('lang');
  const lang: PostLang = asked === 'kk' || asked === 'ru' || asked === 'en' ? asked : postLang(i18n.language);
  const post = usePublicPost(Number.isInteger(id) && id > 0 ? id : 0, lang);
  if (post.isPending) return <Loader aria-label={t('common.loading')} />;
  if (post.isError) {
    return (
      <Page title={t('posts.public.notFound')}>
        <Anchor component={Link} to={kPostRoutes.news}>
          {t('posts.public.backToNews')}
        </Anchor>
      </Page>
    );
  }
  const p = post.data;
  const languages = p.available.map((code) => t(`posts.public.language.${code}`)).join(', ');
  return (
    <Page title={p.title}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="blue.9" tt="none">
          {t(`posts.public.kind.${p.kind}`)}
        </Badge>
        {p.publish_at && <Text c="dimmed">{formatMomentDay(p.publish_at, i18n.language)}</Text>}
      </Group>
      {p.lang !== lang && (
        <FormAlert kind="info">
          <span data-testid="post-fallback">
            {t('posts.public.fallback', { language: t(`posts.public.language.${p.lang}`), available: languages })}
          </span>
        </FormAlert>
      )}
      {p.available.length > 1 && (
        <Text size="sm">
          {t('posts.public.availableIn')}:{' '}
          {p.available.map((code, i) => (
            <span key={code}>
              {i > 0 && ', '}
              <Anchor component={Link} to={`?lang=${code}`} lang={code}>
                {t(`posts.public.language.${code}`)}
              </Anchor>
            </span>
          ))}
        </Text>
      )}
      <Stack gap="sm" lang={p.lang}>
        {p.summary && <Text fw={600}>{p.summary}</Text>}
        <Typography>
          {/* The server's Markdown rendering: raw HTML dropped, links only http/https/mailto (ADR 0015). */}
          <div className="post-body" data-testid="post-body" dangerouslySetInnerHTML={{ __html: p.body_html }} />
        </Typography>
      </Stack>
      <PostAbout links={p.links} />
      <Stack component="section" gap="xs" aria-labelledby="post-follow">
        <Text fw={600} id="post-follow">
          {t('subscriptions.postFollow')}
        </Text>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <FollowButton
            target={p.deputy_id ? { kind: 'deputy', id: p.deputy_id } : { kind: 'maslikhat', id: p.maslikhat_id }}
          />
          {p.tags.map((tag) => (
            <FollowButton key={tag} target={{ kind: 'tag', tag }} label={t('subscriptions.followTag', { tag })} />
          ))}
        </Group>
      </Stack>
      <Anchor component={Link} to={kPostRoutes.news}>
        {t('posts.public.backToNews')}
      </Anchor>
    </Page>
  );
}
