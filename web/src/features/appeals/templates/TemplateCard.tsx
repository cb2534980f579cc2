// One answer template in the list: title, when added, text, and edit / delete (asked to confirm).
import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { formatMomentDay } from '../../../lib/dates';
import type { AnswerTemplate } from '../types';
import { useDeleteTemplate } from './template_hooks';

export function TemplateCard({
  template,
  onEdit,
  onDeleted,
}: {
  template: AnswerTemplate;
  onEdit: () => void;
  onDeleted: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteTemplate(template.maslikhat_id);
  const [confirming, setConfirming] = useState(false);
  // Focus follows the question: onto "yes, delete" when asked, back onto "delete" when cancelled.
  const yes = useRef<HTMLButtonElement>(null);
  const del = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) yes.current?.focus();
    else if (asked.current) del.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const questionId = `template-delete-${template.id}`;
  const named = <VisuallyHidden> «{template.title}»</VisuallyHidden>;
  return (
    <Paper withBorder p="md" data-testid="answer-template">
      <Stack gap="xs">
        <Title order={3} size="h4" lang={template.language} style={{ overflowWrap: 'anywhere' }}>
          {template.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('appeals.templatesAdmin.addedOn', { date: formatMomentDay(template.created_at, i18n.language) })}
        </Text>
        <Text lang={template.language} lineClamp={6} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {template.body}
        </Text>
        {remove.isError && (
          <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), remove.error).summary}</FormAlert>
        )}
        {confirming ? (
          <Stack gap="xs" role="group" aria-labelledby={questionId}>
            <Text fw={600} id={questionId}>
              {t('appeals.templatesAdmin.confirmDelete', { title: template.title })}
            </Text>
            <Group gap="sm">
              <Button
                color="red.9"
                loading={remove.isPending}
                ref={yes}
                onClick={() =>
                  remove.mutate(template.id, {
                    onSuccess: () => onDeleted(t('appeals.templatesAdmin.deleted', { title: template.title })),
                  })
                }
              >
                {t('appeals.templatesAdmin.confirmYes')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('appeals.common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="sm">
            <Button variant="default" onClick={onEdit} data-template-edit={template.id}>
              {t('appeals.templatesAdmin.edit')}
              {named}
            </Button>
            <Button variant="outline" color="red.9" ref={del} onClick={() => setConfirming(true)}>
              {t('appeals.templatesAdmin.delete')}
              {named}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
