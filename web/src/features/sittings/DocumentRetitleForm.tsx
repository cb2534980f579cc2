// The staff's change of a document's Kazakh and Russian titles and its language, on the sitting's
// page: both titles required (said under the field), only what changed is sent (documents.ts), the
// server's refusal in words; focus goes to the first field when it opens and back to the button
// that opened it when it closes.
import { Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { describeError } from '../../lib/i18n/error_text';
import {
  kDocumentLanguages,
  retitleBody,
  retitleFormOf,
  retitleProblems,
  useRetitleDocument,
  type DocumentLanguage,
  type RetitleForm,
  type SittingDocument,
} from './documents';

export function DocumentRetitleForm({ sittingId, document: d, title, onDone }: { sittingId: number; document: SittingDocument; title: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const retitle = useRetitleDocument(sittingId);
  const [form, setForm] = useState<RetitleForm>(() => retitleFormOf(d));
  const [problems, setProblems] = useState({ kk: false, ru: false });
  const [error, setError] = useState<unknown>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = retitleProblems(form);
    setProblems(found);
    setError(null);
    if (found.kk || found.ru) return;
    const body = retitleBody(d, form);
    if (body === null) return onDone();
    retitle.mutate({ documentId: d.id, body }, { onSuccess: onDone, onError: setError });
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('sittings.documents.retitleNamed', { title })}
      data-testid="retitle-document-form"
      style={{ minWidth: 0, maxWidth: '100%' }}
    >
      <Stack gap="xs">
        <TextInput
          ref={first}
          label={t('sittings.documents.titleKk')}
          value={form.titleKk}
          onChange={(e) => setForm({ ...form, titleKk: e.currentTarget.value })}
          error={problems.kk ? t('errors.fields.required') : undefined}
          maxLength={500}
          lang="kk"
        />
        <TextInput
          label={t('sittings.documents.titleRu')}
          value={form.titleRu}
          onChange={(e) => setForm({ ...form, titleRu: e.currentTarget.value })}
          error={problems.ru ? t('errors.fields.required') : undefined}
          maxLength={500}
          lang="ru"
        />
        <NativeSelect
          label={t('sittings.documents.languageLabel')}
          value={form.language}
          onChange={(e) => setForm({ ...form, language: e.currentTarget.value as DocumentLanguage })}
          data={kDocumentLanguages.map((l) => ({ value: l, label: t(`sittings.documents.language.${l}`) }))}
        />
        {error !== null && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), error).summary}</FormAlert>}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={retitle.isPending}>
            {t('sittings.documents.save')}
          </Button>
          <Button variant="subtle" size="xs" onClick={onDone}>
            {t('sittings.staff.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
