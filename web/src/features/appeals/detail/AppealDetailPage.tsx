// /appeals/:id — the applicant sees status, history, the answer and gives feedback; handlers also
// see the applicant and act on the appeal.
import { Anchor, Group, Loader, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';
import { RequireMe } from '../../../components/RequireMe';
import { talonPdfUrl } from '../control_hooks';
import { useAppeal } from '../hooks';
import { AboutAppeal } from './AboutAppeal';
import { ActionPanel } from './ActionPanel';
import { AnswerBlock } from './AnswerBlock';
import { AppealBody } from './AppealBody';
import { ApplicantBlock } from './ApplicantBlock';
import { CategorySelect } from './CategorySelect';
import { DeputyRequests } from './DeputyRequests';
import { EarlierAppeal } from './EarlierAppeal';
import { EventTimeline } from './EventTimeline';
import { ExtensionNotices } from './ExtensionNotices';
import { PartForwardings } from './PartForwardings';
import { canGiveFeedback, FeedbackForm, FeedbackResult } from './FeedbackForm';

function AppealDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const appeal = useAppeal(id);
  if (appeal.isPending) {
    return (
      <Page title={t('appeals.nav.appeals')}>
        <Loader aria-label={t('common.loading')} />
      </Page>
    );
  }
  if (appeal.isError) {
    if (isApiError(appeal.error) && appeal.error.status === 404) return <NotFoundPage />;
    return (
      <Page title={t('appeals.nav.appeals')}>
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), appeal.error).summary}</FormAlert>
      </Page>
    );
  }
  const data = appeal.data;
  const handler = data.access === 'staff' || data.access === 'deputy';
  return (
    <Page title={t('appeals.detail.title', { number: data.number })}>
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to={kPaths.appeals}>
          {t('appeals.detail.back')}
        </Anchor>
        <Anchor href={talonPdfUrl(data.id)} download="talon.pdf" data-testid="talon-pdf">
          {t('appeals.talonPdf')}
        </Anchor>
      </Group>
      {handler ? (
        // A handler reads the appeal first (what was asked, by whom, the talon's data), then acts.
        <Stack gap="md">
          <AppealBody appeal={data} />
          <ApplicantBlock appeal={data} />
          <AboutAppeal appeal={data} />
          {data.repeat_of !== null && <EarlierAppeal id={data.repeat_of} />}
          <AnswerBlock appeal={data} />
          <FeedbackResult appeal={data} />
          {data.access === 'staff' && (
            <Paper withBorder p="md">
              <CategorySelect appeal={data} />
            </Paper>
          )}
          <ExtensionNotices appeal={data} />
          <PartForwardings appeal={data} />
          <ActionPanel appeal={data} />
          <DeputyRequests appeal={data} />
          {canGiveFeedback(data) && <FeedbackForm appeal={data} />}
          <EventTimeline events={data.events} receivedAt={data.received_at} registeredOn={data.registered_on} />
        </Stack>
      ) : (
        <Stack gap="md">
          <AboutAppeal appeal={data} />
          <AppealBody appeal={data} />
          {data.repeat_of !== null && <EarlierAppeal id={data.repeat_of} />}
          <AnswerBlock appeal={data} />
          <PartForwardings appeal={data} />
          <FeedbackResult appeal={data} />
          {canGiveFeedback(data) && <FeedbackForm appeal={data} />}
          <EventTimeline events={data.events} receivedAt={data.received_at} registeredOn={data.registered_on} />
        </Stack>
      )}
    </Page>
  );
}

export function AppealDetailPage() {
  const { id } = useParams();
  if (!id || !/^\d+$/.test(id)) return <NotFoundPage />;
  return <RequireMe>{() => <AppealDetail id={Number(id)} />}</RequireMe>;
}
