// Handler actions allowed for the role and status. One-click actions (start, close) run at once;
// the others open their small form. Server refusals are shown by code and fields.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { isApiError } from '../../../lib/api/api_error';
import { useAppealAction } from '../hooks';
import type { Appeal, AppealAction, AppealActionRequest, AppealStatus } from '../types';
import { useAppealFormErrors } from '../use_appeal_form_errors';
import { ActionForm, kActionFields } from './ActionForm';
import { allowedActions, needsForm } from './allowed_actions';

export function ActionPanel({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const act = useAppealAction(appeal.id);
  const errors = useAppealFormErrors(kActionFields);
  const [open, setOpen] = useState<AppealAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = allowedActions(appeal.access, appeal.status, appeal.may_extend, appeal.urgent_redirect);
  /** What the person sees after success: the new status, or what happened when it stays. */
  const doneText = (action: AppealAction, status: AppealStatus) =>
    action === 'forward_part' || action === 'mark_urgent' || action === 'unmark_urgent'
      ? t(`appeals.actions.doneBy.${action}`)
      : t('appeals.actions.done', { status: t(`appeals.status.${status}`) });

  function run(body: AppealActionRequest) {
    setDone(null);
    act.mutate(body, {
      onSuccess: (updated) => {
        setOpen(null);
        errors.clear();
        setDone(doneText(body.action, updated.status));
      },
      onError: (error) =>
        errors.fromError(
          error,
          isApiError(error) && error.hasField('action', 'not_allowed') ? 'appeals.actions.notAllowed' : undefined,
        ),
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="appeal-actions-title">
          {t('appeals.actions.title')}
        </Title>
        <div aria-live="polite">
          {done && <FormAlert kind="success">{done}</FormAlert>}
        </div>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        {actions.length === 0 ? (
          <Text>{t('appeals.actions.none')}</Text>
        ) : (
          <Group gap="sm">
            {actions.map((action) => (
              <Button
                key={action}
                variant={open === action ? 'filled' : 'default'}
                aria-expanded={needsForm(action) ? open === action : undefined}
                loading={act.isPending && !needsForm(action) && act.variables.action === action}
                onClick={() => {
                  errors.clear();
                  setDone(null);
                  if (needsForm(action)) setOpen(open === action ? null : action);
                  else run({ action });
                }}
              >
                {t(`appeals.actions.${action}`)}
              </Button>
            ))}
          </Group>
        )}
        {open && actions.includes(open) && (
          <ActionForm
            key={open}
            appeal={appeal}
            action={open}
            fields={errors.fields}
            pending={act.isPending}
            formRef={errors.formRef}
            onCancel={() => {
              setOpen(null);
              errors.clear();
            }}
            onSubmit={(problems, body) => {
              if (errors.check(problems)) run(body);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
