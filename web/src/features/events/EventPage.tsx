// An event (/events/:id) in the reader's language (or ?lang=), with the fallback notice, the time
// and the place as text (no map), places left, register / cancel for a signed-in reader, and after
// the event its report. Descriptions and reports are the server's rendered Markdown (ADR 0015).
import { Anchor, Badge, Button, Group, Loader, Stack, Text, Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { isApiError } from '../../lib/api/api_error';
import { kPaths } from '../../lib/paths';
import { useMe } from '../../lib/session';
import { PostsAbout } from '../posts';
import { kEventRoutes } from './event_paths';
import { formatLocal, eventLang, usePublicEvent, useRegistration, type EventLang, type PublicEvent } from './hooks';

const kReasons = ['full', 'already_registered', 'started', 'not_scheduled'] as const;

function Registration({ event }: { event: PublicEvent }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const change = useRegistration();
  if (event.status !== 'scheduled') return null;
  if (!me.data) {
    return (
      <Anchor component={Link} to={`${kPaths.login}?next=${encodeURIComponent(pathname)}`}>
        {t('events.page.signInToRegister')}
      </Anchor>
    );
  }
  const error = change.error;
  const status = isApiError(error) ? error.fields.status : undefined;
  const reason = kReasons.find((r) => r === status);
  return (
    <Stack gap="xs">
      {event.mine ? (
        <>
          <Text fw={600} data-testid="event-registered">
            {t('events.page.youAreRegistered')}
          </Text>
          <div>
            <Button variant="outline" loading={change.isPending} onClick={() => change.mutate({ id: event.id, register: false })}>
              {t('events.page.cancelRegistration')}
            </Button>
          </div>
        </>
      ) : (
        <div>
          <Button
            loading={change.isPending}
            disabled={event.free === 0}
            onClick={() => change.mutate({ id: event.id, register: true })}
            data-testid="event-register"
          >
            {event.free === 0 ? t('events.full') : t('events.page.register')}
          </Button>
        </div>
      )}
      {error && (
        <FormAlert kind="error">
          {reason ? t(`events.page.error.${reason}`) : t('events.page.error.other')}
        </FormAlert>
      )}
    </Stack>
  );
}

export function EventPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const asked = params.get('lang');
  const lang: EventLang = asked === 'kk' || asked === 'ru' || asked === 'en' ? asked : eventLang(i18n.language);
  const event = usePublicEvent(Number.isInteger(id) && id > 0 ? id : 0, lang);
  if (event.isPending) return <Loader aria-label={t('common.loading')} />;
  if (event.isError) {
    return (
      <Page title={t('events.page.notFound')}>
        <Anchor component={Link} to={kEventRoutes.events}>
          {t('events.page.back')}
        </Anchor>
      </Page>
    );
  }
  const e = event.data;
  const languages = e.available.map((code) => t(`events.language.${code}`)).join(', ');
  return (
    <Page title={e.title}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="blue.9" tt="none">
          {t(`events.type.${e.type}`)}
        </Badge>
        <Badge variant="outline" color={e.status === 'cancelled' ? 'red.9' : e.status === 'held' ? 'green.9' : 'blue.9'} tt="none">
          {t(`events.status.${e.status}`)}
        </Badge>
      </Group>
      {e.lang !== lang && (
        <FormAlert kind="info">
          <span data-testid="event-fallback">
            {t('events.page.fallback', { language: t(`events.language.${e.lang}`), available: languages })}
          </span>
        </FormAlert>
      )}
      <Stack gap={4}>
        <Text>
          <strong>{t('events.page.when')}:</strong> {formatLocal(e.starts_at, i18n.language)} – {formatLocal(e.ends_at, i18n.language)}
        </Text>
        {e.place && (
          <Text style={{ overflowWrap: 'anywhere' }}>
            <strong>{t('events.page.where')}:</strong> {e.place}
          </Text>
        )}
        {e.online_url && (
          <Text style={{ overflowWrap: 'anywhere' }}>
            <strong>{t('events.online')}:</strong>{' '}
            <Anchor href={e.online_url} rel="noopener noreferrer" target="_blank">
              {e.online_url}
            </Anchor>
          </Text>
        )}
        {e.capacity !== null && e.status === 'scheduled' && (
          <Text data-testid="event-free">{t('events.page.places', { free: e.free ?? 0, capacity: e.capacity })}</Text>
        )}
      </Stack>
      {e.status === 'cancelled' && (
        <FormAlert kind="error">
          {t('events.page.cancelled')}
          {e.cancel_reason && `: ${e.cancel_reason}`}
        </FormAlert>
      )}
      <Registration event={e} />
      <Typography lang={e.lang}>
        <div data-testid="event-description" dangerouslySetInnerHTML={{ __html: e.description_html }} />
      </Typography>
      {e.report_html && (
        <Stack gap="xs">
          <Text component="h2" fw={700} size="lg">
            {t('events.page.report')}
          </Text>
          <Typography>
            <div data-testid="event-report" dangerouslySetInnerHTML={{ __html: e.report_html }} />
          </Typography>
        </Stack>
      )}
      <PostsAbout eventId={e.id} />
      <Anchor component={Link} to={kEventRoutes.events}>
        {t('events.page.back')}
      </Anchor>
    </Page>
  );
}
