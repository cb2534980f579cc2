// Adding or editing one answer template: language, title, text.
import { Button, Group, NativeSelect, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { isUiLanguage } from '../../../lib/i18n/i18n';
import { kLanguages } from '../../../lib/i18n/languages';
import type { AnswerTemplate } from '../types';
import { useAppealFormErrors } from '../use_appeal_form_errors';
import { useAddTemplate, useEditTemplate } from './template_hooks';
import { kTemplateFields, templateDraft, templateProblems, templateRequest, type TemplateRequest } from './template_input';
import { useSettledErrors } from '../../../lib/forms/use_form_errors';

export function TemplateForm({
  maslikhatId,
  editing,
  onDone,
}: {
  maslikhatId: number;
  /** The template being edited, or null for a new one. */
  editing: AnswerTemplate | null;
  /** Called with what to announce (null when cancelled). */
  onDone: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const add = useAddTemplate(maslikhatId);
  const edit = useEditTemplate(maslikhatId);
  const errors = useAppealFormErrors(kTemplateFields);
  const [draft, setDraft] = useState<TemplateRequest>(() =>
    templateDraft(editing, isUiLanguage(i18n.language) ? i18n.language : 'kk'),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (patch: Partial<TemplateRequest>) => setDraft((current) => ({ ...current, ...patch }));
  const headingId = editing ? `template-edit-${editing.id}` : 'template-add';

  useSettledErrors(errors.settle, templateProblems(draft));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(templateProblems(draft))) return;
    const body = templateRequest(draft);
    const options = { onError: (error: unknown) => errors.fromError(error) };
    if (editing) {
      edit.mutate(
        { id: editing.id, body },
        { ...options, onSuccess: () => onDone(t('appeals.templatesAdmin.saved', { title: body.title })) },
      );
    } else {
      add.mutate(body, { ...options, onSuccess: () => onDone(t('appeals.templatesAdmin.added', { title: body.title })) });
    }
  }

  return (
    <Paper withBorder p="md">
      <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={headingId} ref={heading} tabIndex={-1}>
            {editing
              ? t('appeals.templatesAdmin.editTitle', { title: editing.title })
              : t('appeals.templatesAdmin.addTitle')}
          </Title>
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <NativeSelect
            label={t('appeals.templatesAdmin.language')}
            description={t('appeals.templatesAdmin.languageHint')}
            value={draft.language}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isUiLanguage(value)) set({ language: value });
            }}
            data={kLanguages.map((code) => ({ value: code, label: t(`lang.${code}`) }))}
            error={errors.fields.language}
            maw={320}
          />
          <TextInput
            label={t('appeals.templatesAdmin.titleLabel')}
            description={t('appeals.templatesAdmin.titleHint')}
            required
            maxLength={200}
            lang={draft.language}
            value={draft.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            error={errors.fields.title}
          />
          <Textarea
            label={t('appeals.templatesAdmin.body')}
            required
            autosize
            minRows={6}
            maxRows={20}
            maxLength={20000}
            lang={draft.language}
            value={draft.body}
            onChange={(event) => set({ body: event.currentTarget.value })}
            error={errors.fields.body}
          />
          <Group gap="sm">
            <Button type="submit" loading={add.isPending || edit.isPending}>
              {t('appeals.templatesAdmin.save')}
            </Button>
            <Button variant="default" onClick={() => onDone(null)}>
              {t('appeals.common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
