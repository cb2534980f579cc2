// /drafts/new: the maslikhat's staff open a discussion of a draft — the titles in kk and ru, the
// pasted Kazakh and Russian texts each split by the server into paragraphs and paired by position
// (shown side by side for checking; each can be corrected, removed, or split again; every
// paragraph is needed in both languages), the period in working days (10 at least, on the
// production calendar) and the first day.
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import type { Me } from '../../lib/api/types';
import { staffMaslikhatIds } from '../../lib/roles';
import { localized, useMaslikhats } from '../directory';
import { draftErrorText } from './errors';
import { useOpenDraft, useSplitDraft } from './hooks';
import { pairParagraphs, paragraphsToSend, type ParagraphTexts } from './languages';

function NewDraft({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const exists = (k: string) => i18n.exists(k);
  const navigate = useNavigate();
  const maslikhats = useMaslikhats();
  const isAdmin = me.roles.some((r) => r.role === 'admin');
  const own = staffMaslikhatIds(me);
  const choices = (maslikhats.data?.items ?? []).filter((m) => isAdmin || own.includes(m.id));
  const [chosen, setChosen] = useState<number | null>(null);
  const maslikhatId = chosen ?? choices[0]?.id ?? null;
  const [titleKk, setTitleKk] = useState('');
  const [titleRu, setTitleRu] = useState('');
  const [textKk, setTextKk] = useState('');
  const [textRu, setTextRu] = useState('');
  const [paragraphs, setParagraphs] = useState<ParagraphTexts[] | null>(null);
  const [counts, setCounts] = useState<{ kk: number; ru: number } | null>(null);
  const [days, setDays] = useState('10');
  const [opensOn, setOpensOn] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const split = useSplitDraft();
  const open = useOpenDraft();
  if (!isAdmin && own.length === 0) return <Text>{t('drafts.staff.notStaff')}</Text>;
  return (
    <form
      noValidate
      aria-label={t('drafts.staff.new')}
      onSubmit={(event) => {
        event.preventDefault();
        if (maslikhatId === null) return;
        if (titleKk.trim() === '' || titleRu.trim() === '') return setProblem(t('drafts.staff.titlesRequired'));
        if (!paragraphs || paragraphs.every((p) => p.text_kk.trim() === '' && p.text_ru.trim() === '')) return setProblem(t('drafts.staff.splitFirst'));
        const toSend = paragraphsToSend(paragraphs);
        if (toSend === null) return setProblem(t('drafts.staff.bothTexts'));
        if (!/^\d{1,3}$/.test(days) || Number(days) < 10) return setProblem(t('drafts.errors.working_days.too_short'));
        setProblem(null);
        open.mutate(
          {
            maslikhatId,
            body: {
              title_kk: titleKk.trim(),
              title_ru: titleRu.trim(),
              paragraphs: toSend,
              working_days: Number(days),
              ...(opensOn ? { opens_on: opensOn } : {}),
            },
          },
          { onSuccess: (d) => void navigate(`/drafts/${String(d.id)}`), onError: (e) => setProblem(draftErrorText(t, exists, e)) },
        );
      }}
    >
      <Stack gap="md">
        {choices.length > 1 && (
          <NativeSelect
            label={t('drafts.staff.maslikhat')}
            value={maslikhatId === null ? '' : String(maslikhatId)}
            onChange={(event) => setChosen(Number(event.currentTarget.value))}
            data={choices.map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') }))}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('drafts.staff.titleKk')} lang="kk" required maxLength={1000} value={titleKk} onChange={(e) => setTitleKk(e.currentTarget.value)} />
          <TextInput label={t('drafts.staff.titleRu')} lang="ru" required maxLength={1000} value={titleRu} onChange={(e) => setTitleRu(e.currentTarget.value)} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('drafts.staff.textHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {(
            [
              ['kk', textKk, setTextKk, 'drafts.staff.textKk'],
              ['ru', textRu, setTextRu, 'drafts.staff.textRu'],
            ] as const
          ).map(([lang, value, set, label]) => (
            <Textarea
              key={lang}
              lang={lang}
              label={t(label)}
              autosize
              minRows={6}
              maxRows={20}
              maxLength={200000}
              value={value}
              onChange={(e) => set(e.currentTarget.value)}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button
            variant="default"
            loading={split.isPending}
            disabled={maslikhatId === null || (textKk.trim() === '' && textRu.trim() === '')}
            onClick={() => {
              if (maslikhatId === null) return;
              const splitOne = (text: string) =>
                text.trim() === '' ? Promise.resolve({ paragraphs: [] as string[] }) : split.mutateAsync({ maslikhatId, text });
              Promise.all([splitOne(textKk), splitOne(textRu)]).then(
                ([kk, ru]) => {
                  setProblem(null);
                  setCounts({ kk: kk.paragraphs.length, ru: ru.paragraphs.length });
                  setParagraphs(pairParagraphs(kk.paragraphs, ru.paragraphs));
                },
                (e: unknown) => setProblem(draftErrorText(t, exists, e)),
              );
            }}
          >
            {t('drafts.staff.split')}
          </Button>
        </Group>
        {paragraphs && (
          <Fieldset legend={t('drafts.staff.preview', { count: paragraphs.length })} data-testid="split-preview">
            <Stack gap="sm">
              {counts && counts.kk !== counts.ru && (
                <FormAlert kind="info">{t('drafts.staff.countsDiffer', { kk: counts.kk, ru: counts.ru })}</FormAlert>
              )}
              {paragraphs.map((p, i) => (
                <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1, minWidth: 0 }}>
                    {(['kk', 'ru'] as const).map((lang) => (
                      <Textarea
                        key={lang}
                        lang={lang}
                        label={t(lang === 'kk' ? 'drafts.staff.paragraphKkN' : 'drafts.staff.paragraphRuN', { number: i + 1 })}
                        autosize
                        minRows={1}
                        maxLength={20000}
                        value={lang === 'kk' ? p.text_kk : p.text_ru}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setParagraphs((current) =>
                            (current ?? []).map((q, j) => (j === i ? { ...q, [lang === 'kk' ? 'text_kk' : 'text_ru']: value } : q)),
                          );
                        }}
                      />
                    ))}
                  </SimpleGrid>
                  <Button
                    variant="subtle"
                    size="xs"
                    aria-label={t('drafts.staff.removeN', { number: i + 1 })}
                    onClick={() => setParagraphs((current) => (current ?? []).filter((_, j) => j !== i))}
                  >
                    ✕
                  </Button>
                </Group>
              ))}
            </Stack>
          </Fieldset>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('drafts.staff.workingDays')}
            description={t('drafts.staff.workingDaysHint')}
            inputMode="numeric"
            maxLength={3}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
          />
          <DateField label={t('drafts.staff.opensOn')} name="opens_on" value={opensOn} onChange={setOpensOn} />
        </SimpleGrid>
        {problem && <FormAlert kind="error">{problem}</FormAlert>}
        <Group>
          <Button type="submit" loading={open.isPending}>
            {t('drafts.staff.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewDraftPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('drafts.staff.new')}>
      <RequireMe>{(me) => <NewDraft me={me} />}</RequireMe>
    </Page>
  );
}
