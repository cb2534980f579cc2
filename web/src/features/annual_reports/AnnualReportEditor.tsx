// The keepers' editor of an annual report's working copy (the maslikhat's staff; a commission's
// chair for its report), under the report's page: the figures are Kenes's, read-only, counted
// again on request; the text in kk and ru (Markdown) on two tabs; from version 2 on, a short note
// of what changed in kk and ru. Save, then publish the working copy as the next version —
// published versions never change.
import { Button, Group, Paper, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { Heading } from '../../components/plain';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { FiguresTable } from './FiguresTable';
import { useAnnualReportAction, useUpdateAnnualReport, type AnnualReport } from './hooks';

const kMaxText = 30000;
const kMaxNote = 500;

export function AnnualReportEditor({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const update = useUpdateAnnualReport(report.id);
  const action = useAnnualReportAction(report.id);
  const draft = report.draft!;
  const [texts, setTexts] = useState({ text_kk: draft.text_kk, text_ru: draft.text_ru, note_kk: draft.note_kk, note_ru: draft.note_ru });
  const [notice, setNotice] = useState('');
  useEffect(() => {
    setTexts({ text_kk: draft.text_kk, text_ru: draft.text_ru, note_kk: draft.note_kk, note_ru: draft.note_ru });
  }, [draft.text_kk, draft.text_ru, draft.note_kk, draft.note_ru]);
  const correction = report.version > 0;
  const changed =
    texts.text_kk !== draft.text_kk || texts.text_ru !== draft.text_ru || texts.note_kk !== draft.note_kk || texts.note_ru !== draft.note_ru;
  const problem = update.error ?? action.error;
  const fields = problem && isApiError(problem) ? problem.fields : {};
  const fieldError = (name: string) =>
    fields[name] ? t(`annualReports.errors.${fields[name]}`, { defaultValue: t('annualReports.errors.invalid') }) : undefined;
  const set = (name: keyof typeof texts) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setTexts((old) => ({ ...old, [name]: value }));
  };
  const run = (what: 'refresh' | 'publish', done: string) => {
    setNotice('');
    action.mutate(what, { onSuccess: () => setNotice(done) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="annual-editor" data-testid="annual-editor">
      <Stack gap="md">
        <Heading id="annual-editor">
          {t(correction ? 'annualReports.editor.titleNext' : 'annualReports.editor.title', { number: report.version + 1 })}
        </Heading>
        <Text size="sm">{t('annualReports.editor.intro')}</Text>
        {notice && <FormAlert kind="success">{notice}</FormAlert>}
        {problem && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), problem).summary}</FormAlert>}
        <Stack gap="xs">
          <Text fw={600}>{t('annualReports.editor.figures')}</Text>
          <FiguresTable figures={draft.figures} />
          <div>
            <Button
              variant="default"
              loading={action.isPending && action.variables === 'refresh'}
              onClick={() => run('refresh', t('annualReports.editor.refreshed'))}
            >
              {t('annualReports.editor.refresh')}
            </Button>
          </div>
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setNotice('');
            update.mutate(texts, { onSuccess: () => setNotice(t('annualReports.editor.saved')) });
          }}
        >
          <Stack gap="md">
            <Tabs defaultValue={language === 'kk' ? 'kk' : 'ru'} keepMounted>
              <Tabs.List>
                <Tabs.Tab value="kk">{t('annualReports.editor.tabKk')}</Tabs.Tab>
                <Tabs.Tab value="ru">{t('annualReports.editor.tabRu')}</Tabs.Tab>
              </Tabs.List>
              {(['kk', 'ru'] as const).map((lang) => (
                <Tabs.Panel key={lang} value={lang} pt="sm">
                  <Stack gap="sm">
                    <Textarea
                      label={t(lang === 'kk' ? 'annualReports.editor.textKk' : 'annualReports.editor.textRu')}
                      description={t('annualReports.editor.markdown')}
                      value={texts[`text_${lang}`]}
                      onChange={set(`text_${lang}`)}
                      autosize
                      minRows={8}
                      maxLength={kMaxText}
                      required
                      lang={lang}
                      error={fieldError(`text_${lang}`)}
                    />
                    {correction && (
                      <TextInput
                        label={t(lang === 'kk' ? 'annualReports.editor.noteKk' : 'annualReports.editor.noteRu')}
                        description={t('annualReports.editor.noteHint')}
                        value={texts[`note_${lang}`]}
                        onChange={set(`note_${lang}`)}
                        maxLength={kMaxNote}
                        lang={lang}
                        error={fieldError(`note_${lang}`)}
                      />
                    )}
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            <Group gap="sm" wrap="wrap">
              <Button type="submit" loading={update.isPending} disabled={!changed}>
                {t('annualReports.editor.save')}
              </Button>
              <Button
                variant={changed ? 'default' : 'filled'}
                disabled={changed}
                loading={action.isPending && action.variables === 'publish'}
                onClick={() => run('publish', t('annualReports.editor.publishedDone', { number: report.version + 1 }))}
              >
                {t('annualReports.editor.publish', { number: report.version + 1 })}
              </Button>
            </Group>
            {changed && <Text size="sm">{t('annualReports.editor.saveFirst')}</Text>}
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
