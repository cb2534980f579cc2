// The staff's corrections of an upcoming or open discussion: the titles, the Kazakh and Russian
// texts of paragraphs nobody has commented on (a commented one is shown, not editable, but may get a
// language it lacks), and a longer period. Only what changed is sent (edit.ts); the server refuses
// a shorter period or a commented paragraph in words.
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { commentedParagraphs, editBody, editFormOf, editableTexts, type EditForm } from './edit';
import { draftErrorText } from './errors';
import { useEditDraft, type DraftDetail } from './hooks';

export function DraftEditForm({ draft }: { draft: DraftDetail }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<EditForm>(() => editFormOf(draft));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const edit = useEditDraft(draft.id);
  const commented = commentedParagraphs(draft);
  const change = (patch: Partial<EditForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setSaved(false);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="draft-edit">
      <Title order={2} size="h3" id="draft-edit">
        {t('drafts.edit.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('drafts.edit.hint')}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.titleKk.trim() === '' || form.titleRu.trim() === '') return setProblem(t('drafts.staff.titlesRequired'));
          if (form.workingDays < draft.working_days) return setProblem(t('drafts.errors.working_days.shortened'));
          const body = editBody(draft, form);
          setProblem(null);
          if (body === null) return setSaved(true);
          edit.mutate(body, {
            onSuccess: (next) => {
              setForm(editFormOf(next));
              setSaved(true);
            },
            onError: (e) => setProblem(draftErrorText(t, (k) => i18n.exists(k), e)),
          });
        }}
      >
        <Stack gap="xs" mt="xs">
          <TextInput label={t('drafts.staff.titleKk')} maxLength={1000} value={form.titleKk} onChange={(e) => change({ titleKk: e.currentTarget.value })} />
          <TextInput label={t('drafts.staff.titleRu')} maxLength={1000} value={form.titleRu} onChange={(e) => change({ titleRu: e.currentTarget.value })} />
          <NumberInput
            label={t('drafts.staff.workingDays')}
            min={draft.working_days}
            max={120}
            allowDecimal={false}
            value={form.workingDays}
            onChange={(v) => change({ workingDays: typeof v === 'number' ? v : draft.working_days })}
          />
          {draft.paragraphs.map((p) => {
            const may = editableTexts(p, commented.has(p.id));
            if (!may.kk && !may.ru) {
              return (
                <Text key={p.id} size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t('drafts.paragraphN', { number: p.number })}: {t('drafts.edit.commented')}
                </Text>
              );
            }
            const texts = form.texts[p.id] ?? { kk: p.text_kk, ru: p.text_ru };
            return (
              <Stack key={p.id} gap={4}>
                {commented.has(p.id) && (
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t('drafts.edit.addMissing', { number: p.number })}
                  </Text>
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {(['kk', 'ru'] as const)
                    .filter((lang) => may[lang])
                    .map((lang) => (
                      <Textarea
                        key={lang}
                        lang={lang}
                        label={t(lang === 'kk' ? 'drafts.edit.paragraphKkN' : 'drafts.edit.paragraphRuN', { number: p.number })}
                        autosize
                        minRows={1}
                        maxLength={20000}
                        value={texts[lang]}
                        onChange={(e) => change({ texts: { ...form.texts, [p.id]: { ...texts, [lang]: e.currentTarget.value } } })}
                      />
                    ))}
                </SimpleGrid>
              </Stack>
            );
          })}
          {problem && <FormAlert kind="error">{problem}</FormAlert>}
          {saved && <FormAlert kind="success">{t('drafts.edit.saved')}</FormAlert>}
          <Group>
            <Button type="submit" variant="default" loading={edit.isPending}>
              {t('drafts.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
