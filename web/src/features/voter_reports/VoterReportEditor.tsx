// /voter-reports/:id/edit: the keepers' editor of a report to voters (the deputy, their maslikhat's
// staff). The figures are Kenes's, shown read-only, and may be counted again while the report is a
// draft; the text is the deputy's, in kk and ru (Markdown) on two tabs; the report meeting is one
// of the deputy's report meetings. Save, then publish; a published report is taken back to a draft
// before it changes.
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { Heading } from '../../components/plain';
import { isApiError } from '../../lib/api/api_error';
import { formatDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { directoryPath, pick } from '../directory';
import { voterReportPath } from './figures';
import { FiguresTable } from './FiguresTable';
import { useReportAction, useReportMeetings, useUpdateReport, type VoterReport } from './hooks';
import { ReportRoute } from './ReportRoute';

const kMaxText = 20000;

function Editor({ report }: { report: VoterReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const update = useUpdateReport(report.id);
  const action = useReportAction(report.id);
  const meetings = useReportMeetings(report.deputy_id, language === 'kk' ? 'kk' : 'ru');
  const [textKk, setTextKk] = useState(report.text_kk);
  const [textRu, setTextRu] = useState(report.text_ru);
  const [meeting, setMeeting] = useState(report.meeting_event_id ? String(report.meeting_event_id) : '');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    setTextKk(report.text_kk);
    setTextRu(report.text_ru);
    setMeeting(report.meeting_event_id ? String(report.meeting_event_id) : '');
  }, [report.id, report.text_kk, report.text_ru, report.meeting_event_id]);
  const draft = report.state === 'draft';
  const changed =
    textKk !== report.text_kk ||
    textRu !== report.text_ru ||
    meeting !== (report.meeting_event_id ? String(report.meeting_event_id) : '');
  const problem = update.error ?? action.error;
  const fields = problem && isApiError(problem) ? problem.fields : {};
  const title = t('voterReports.page.title', { year: report.year });
  const meetingOptions = [
    { value: '', label: t('voterReports.editor.noMeeting') },
    ...(meetings.data?.items ?? []).map((e) => ({
      value: String(e.id),
      label: `${formatDay(e.starts_at.slice(0, 10), language)} — ${e.title}`,
    })),
  ];
  const run = (what: 'refresh' | 'publish' | 'unpublish', done: string) =>
    action.mutate(what, { onSuccess: () => setNotice(done) });
  return (
    <Page title={t('voterReports.editor.title', { title })}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={directoryPath.deputy(report.deputy_id)} fw={600}>
          {pick(language, report.deputy_name_kk, report.deputy_name_ru)}
        </Anchor>
        <Text>{t(draft ? 'voterReports.editor.isDraft' : 'voterReports.editor.isPublished')}</Text>
      </Group>
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      {problem && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), problem).summary}</FormAlert>}

      <Stack component="section" gap="xs" aria-labelledby="editor-figures">
        <Heading id="editor-figures">{t('voterReports.figures.title')}</Heading>
        <Text size="sm">{t('voterReports.editor.figuresNote')}</Text>
        <FiguresTable figures={report.figures} />
        {draft && (
          <div>
            <Button variant="default" loading={action.isPending && action.variables === 'refresh'} onClick={() => run('refresh', t('voterReports.editor.refreshed'))}>
              {t('voterReports.editor.refresh')}
            </Button>
          </div>
        )}
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="editor-text">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setNotice('');
            update.mutate(
              { text_kk: textKk, text_ru: textRu, meeting_event_id: meeting ? Number(meeting) : null },
              { onSuccess: () => setNotice(t('voterReports.editor.saved')) },
            );
          }}
        >
          <Stack gap="md">
            <Heading id="editor-text">{t('voterReports.editor.text')}</Heading>
            {!draft && <Text size="sm">{t('voterReports.editor.publishedNote')}</Text>}
            <Tabs defaultValue={language === 'kk' ? 'kk' : 'ru'} keepMounted>
              <Tabs.List>
                <Tabs.Tab value="kk">{t('voterReports.editor.tabKk')}</Tabs.Tab>
                <Tabs.Tab value="ru">{t('voterReports.editor.tabRu')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="kk" pt="sm">
                <Textarea
                  label={t('voterReports.editor.textKk')}
                  description={t('voterReports.editor.markdown')}
                  value={textKk}
                  onChange={(event) => setTextKk(event.currentTarget.value)}
                  autosize
                  minRows={10}
                  maxLength={kMaxText}
                  required
                  disabled={!draft}
                  lang="kk"
                  error={fields.text_kk ? t(`voterReports.errors.${fields.text_kk}`, { defaultValue: t('voterReports.errors.invalid') }) : undefined}
                />
              </Tabs.Panel>
              <Tabs.Panel value="ru" pt="sm">
                <Textarea
                  label={t('voterReports.editor.textRu')}
                  description={t('voterReports.editor.markdown')}
                  value={textRu}
                  onChange={(event) => setTextRu(event.currentTarget.value)}
                  autosize
                  minRows={10}
                  maxLength={kMaxText}
                  required
                  disabled={!draft}
                  lang="ru"
                  error={fields.text_ru ? t(`voterReports.errors.${fields.text_ru}`, { defaultValue: t('voterReports.errors.invalid') }) : undefined}
                />
              </Tabs.Panel>
            </Tabs>
            <NativeSelect
              label={t('voterReports.editor.meeting')}
              description={t('voterReports.editor.meetingNote')}
              data={meetingOptions}
              value={meeting}
              onChange={(event) => setMeeting(event.currentTarget.value)}
              disabled={!draft}
              error={fields.meeting_event_id ? t('voterReports.errors.meeting') : undefined}
            />
            <Group gap="sm" wrap="wrap">
              {draft && (
                <Button type="submit" loading={update.isPending} disabled={!changed}>
                  {t('voterReports.editor.save')}
                </Button>
              )}
              {draft ? (
                <Button
                  variant={changed ? 'default' : 'filled'}
                  disabled={changed}
                  loading={action.isPending && action.variables === 'publish'}
                  onClick={() => run('publish', t('voterReports.editor.publishedDone'))}
                >
                  {t('voterReports.editor.publish')}
                </Button>
              ) : (
                <Button
                  variant="default"
                  loading={action.isPending && action.variables === 'unpublish'}
                  onClick={() => run('unpublish', t('voterReports.editor.unpublishedDone'))}
                >
                  {t('voterReports.editor.unpublish')}
                </Button>
              )}
              <Anchor component={Link} to={voterReportPath(report.id)}>
                {t('voterReports.editor.view')}
              </Anchor>
            </Group>
            {draft && changed && <Text size="sm">{t('voterReports.editor.saveFirst')}</Text>}
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}

export function VoterReportEditor() {
  return <ReportRoute render={(report) => (report.can_edit ? <Editor report={report} /> : <NotFoundPage />)} />;
}
