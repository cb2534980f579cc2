// /drafts/new: the maslikhat's staff open a discussion of a draft — the titles in kk and ru, the
// pasted text split by the server into paragraphs (shown for checking; each can be corrected,
// removed, or split again), the period in working days (10 at least, on the production calendar)
// and the first day.
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
  const [text, setText] = useState('');
  const [paragraphs, setParagraphs] = useState<string[] | null>(null);
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
        if (!paragraphs || paragraphs.every((p) => p.trim() === '')) return setProblem(t('drafts.staff.splitFirst'));
        if (!/^\d{1,3}$/.test(days) || Number(days) < 10) return setProblem(t('drafts.errors.working_days.too_short'));
        setProblem(null);
        open.mutate(
          {
            maslikhatId,
            body: {
              title_kk: titleKk.trim(),
              title_ru: titleRu.trim(),
              paragraphs: paragraphs.map((p) => p.trim()).filter((p) => p !== ''),
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
        <Textarea
          label={t('drafts.staff.text')}
          description={t('drafts.staff.textHint')}
          autosize
          minRows={6}
          maxRows={20}
          maxLength={200000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Group>
          <Button
            variant="default"
            loading={split.isPending}
            disabled={maslikhatId === null || text.trim() === ''}
            onClick={() =>
              maslikhatId !== null &&
              split.mutate(
                { maslikhatId, text },
                { onSuccess: (r) => setParagraphs(r.paragraphs), onError: (e) => setProblem(draftErrorText(t, exists, e)) },
              )
            }
          >
            {t('drafts.staff.split')}
          </Button>
        </Group>
        {paragraphs && (
          <Fieldset legend={t('drafts.staff.preview', { count: paragraphs.length })} data-testid="split-preview">
            <Stack gap="sm">
              {paragraphs.map((p, i) => (
                <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
                  <Textarea
                    style={{ flex: 1, minWidth: 0 }}
                    label={t('drafts.paragraphN', { number: i + 1 })}
                    autosize
                    minRows={1}
                    maxLength={20000}
                    value={p}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setParagraphs((current) => (current ?? []).map((q, j) => (j === i ? value : q)));
                    }}
                  />
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
