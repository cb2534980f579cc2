// The inputs one action needs: assign (deputy), forward (body), forward_part (body, which part and
// why), extend (date + reason),
// answer (text + outcome), leave (legal ground + explanation). Checked here first, then by the
// server.
import { Button, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../../lib/dates';
import { deputyName, useMaslikhatDeputies } from '../../directory';
import { TemplatePicker } from './TemplatePicker';
import { kLeaveGrounds, kOutcomes, type Appeal, type AppealAction, type AppealActionRequest, type AppealOutcome, type LeaveGround } from '../types';
import { DateField } from '../../../components/DateField';

export const kActionFields = ['deputy_id', 'forward_to', 'part', 'extend_until', 'ground', 'reason', 'answer_text', 'outcome'] as const;

interface Draft {
  deputyId: string;
  forwardTo: string;
  part: string;
  extendUntil: string;
  reason: string;
  answerText: string;
  outcome: AppealOutcome | '';
  ground: LeaveGround | '';
}

/** field → reason for the draft of `action`, mirroring the server's checks. */
export function actionProblems(action: AppealAction, draft: Draft, appeal: Appeal): Record<string, string> {
  const problems: Record<string, string> = {};
  if (action === 'assign' && draft.deputyId === '') problems.deputy_id = 'required';
  if ((action === 'forward' || action === 'forward_part') && draft.forwardTo.trim() === '') problems.forward_to = 'required';
  if (action === 'forward_part') {
    if (draft.part.trim() === '') problems.part = 'required';
    if (draft.reason.trim() === '') problems.reason = 'required';
  }
  if ((action === 'mark_urgent' || action === 'unmark_urgent') && draft.reason.trim() === '') problems.reason = 'required';
  if (action === 'extend') {
    if (draft.extendUntil === '') problems.extend_until = 'required';
    else if (draft.extendUntil <= appeal.due_on || draft.extendUntil > addMonths(appeal.registered_on, 2)) {
      problems.extend_until = 'invalid';
    }
    if (draft.reason.trim() === '') problems.reason = 'required';
  }
  if (action === 'answer') {
    if (draft.answerText.trim() === '') problems.answer_text = 'required';
    if (draft.outcome === '') problems.outcome = 'required';
  }
  if (action === 'leave' && draft.ground === '') problems.ground = 'required';
  if (action === 'leave' && draft.reason.trim() === '') problems.reason = 'required';
  return problems;
}

export function actionRequest(action: AppealAction, draft: Draft): AppealActionRequest {
  const body: AppealActionRequest = { action };
  if (action === 'assign') body.deputy_id = Number(draft.deputyId);
  if (action === 'forward' || action === 'forward_part') body.forward_to = draft.forwardTo.trim();
  if (action === 'forward_part') body.part = draft.part.trim();
  if (action === 'extend') body.extend_until = draft.extendUntil;
  if (action === 'answer') {
    body.answer_text = draft.answerText.trim();
    if (draft.outcome) body.outcome = draft.outcome;
  }
  if (action === 'leave' && draft.ground) body.ground = draft.ground;
  if (draft.reason.trim() && action !== 'assign' && action !== 'answer') {
    body.reason = draft.reason.trim();
  }
  return body;
}

export function ActionForm({
  appeal,
  action,
  fields,
  pending,
  formRef,
  onSubmit,
  onCancel,
}: {
  appeal: Appeal;
  action: AppealAction;
  fields: Record<string, string>;
  pending: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (problems: Record<string, string>, body: AppealActionRequest) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const deputies = useMaslikhatDeputies(action === 'assign' ? appeal.maslikhat_id : null);
  const [draft, setDraft] = useState<Draft>({
    deputyId: appeal.deputy_id === null ? '' : String(appeal.deputy_id),
    forwardTo: '',
    part: '',
    extendUntil: '',
    reason: '',
    answerText: '',
    outcome: '',
    ground: '',
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(actionProblems(action, draft, appeal), actionRequest(action, draft));
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t(`appeals.actions.${action}`)}>
      <Stack gap="sm">
        {action === 'assign' && (
          <NativeSelect
            label={t('appeals.actions.deputy')}
            required
            value={draft.deputyId}
            onChange={(event) => set('deputyId', event.currentTarget.value)}
            data={[
              { value: '', label: t('appeals.actions.chooseDeputy') },
              ...(deputies.data ?? []).map((d) => ({ value: String(d.id), label: deputyName(i18n.language, d) })),
            ]}
            error={fields.deputy_id}
          />
        )}
        {(action === 'forward' || action === 'forward_part') && (
          <TextInput
            label={t('appeals.actions.forwardTo')}
            description={t('appeals.actions.forwardHint')}
            required
            maxLength={300}
            value={draft.forwardTo}
            onChange={(event) => set('forwardTo', event.currentTarget.value)}
            error={fields.forward_to}
          />
        )}
        {action === 'forward_part' && (
          <Textarea
            label={t('appeals.actions.part')}
            description={t('appeals.actions.partHint')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.part}
            onChange={(event) => set('part', event.currentTarget.value)}
            error={fields.part}
          />
        )}
        {action === 'extend' && (
          <DateField
            label={t('appeals.actions.extendUntil')}
            description={t('appeals.actions.extendHint')}
            required
            value={draft.extendUntil}
            onChange={(value) => set('extendUntil', value)}
            error={fields.extend_until}
          />
        )}
        {action === 'answer' && (
          <>
            <TemplatePicker appeal={appeal} onPick={(text) => set('answerText', text)} />
            <Textarea
              label={t('appeals.actions.answerText')}
              description={t('appeals.actions.answerHint', { language: t(`lang.${appeal.language}`) })}
              required
              autosize
              minRows={6}
              maxLength={20000}
              value={draft.answerText}
              onChange={(event) => set('answerText', event.currentTarget.value)}
              error={fields.answer_text}
              lang={appeal.language}
            />
            <NativeSelect
              label={t('appeals.actions.outcome')}
              required
              value={draft.outcome}
              onChange={(event) => set('outcome', kOutcomes.find((o) => o === event.currentTarget.value) ?? '')}
              data={[
                { value: '', label: t('appeals.actions.chooseOutcome') },
                ...kOutcomes.map((o) => ({ value: o, label: t(`appeals.outcome.${o}`) })),
              ]}
              error={fields.outcome}
            />
          </>
        )}
        {action === 'leave' && (
          <NativeSelect
            label={t('appeals.actions.ground')}
            required
            value={draft.ground}
            onChange={(event) => set('ground', kLeaveGrounds.find((g) => g === event.currentTarget.value) ?? '')}
            data={[
              { value: '', label: t('appeals.actions.chooseGround') },
              ...kLeaveGrounds.map((g) => ({ value: g, label: t(`appeals.leaveGround.${g}`) })),
            ]}
            error={fields.ground}
          />
        )}
        {(action === 'mark_urgent' || action === 'unmark_urgent') && (
          <Text size="sm" id="urgent-consequence">
            {t(action === 'mark_urgent' ? 'appeals.actions.markUrgentWhat' : 'appeals.actions.unmarkUrgentWhat')}
          </Text>
        )}
        {(action === 'extend' || action === 'leave' || action === 'forward' || action === 'forward_part' || action === 'mark_urgent' || action === 'unmark_urgent') && (
          <Textarea
            label={
              action === 'forward'
                ? `${t('appeals.actions.reason')} (${t('common.optional')})`
                : action === 'leave'
                  ? t('appeals.actions.explanation')
                  : t('appeals.actions.reason')
            }
            required={action !== 'forward'}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.reason}
            onChange={(event) => set('reason', event.currentTarget.value)}
            error={fields.reason}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {t('appeals.actions.confirm')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('appeals.common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
