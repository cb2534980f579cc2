// The staff's decision on one comment: accepted, partly accepted or rejected, with a reason (the
// server requires one for partly accepted and rejected).
import { Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { draftErrorText } from './errors';
import { useDecide, type DraftComment } from './hooks';

type Decision = 'accepted' | 'partly' | 'rejected';

export function DecisionForm({ draftId, comment }: { draftId: number; comment: DraftComment }) {
  const { t, i18n } = useTranslation();
  const [decision, setDecision] = useState<Decision>(comment.decision ?? 'accepted');
  const [reason, setReason] = useState(comment.reason);
  const [problem, setProblem] = useState<string | null>(null);
  const decide = useDecide(draftId);
  const prefix = `decision-${String(comment.id)}`;
  return (
    <form
      noValidate
      aria-label={t('drafts.decision.formLabel', { number: comment.paragraph_number })}
      onSubmit={(event) => {
        event.preventDefault();
        if (decision !== 'accepted' && reason.trim() === '') return setProblem(t('drafts.errors.reason.required'));
        setProblem(null);
        decide.mutate(
          { id: comment.id, body: { decision, reason: reason.trim() } },
          { onError: (e) => setProblem(draftErrorText(t, (k) => i18n.exists(k), e)) },
        );
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          id={`${prefix}-value`}
          label={t('drafts.decision.label')}
          value={decision}
          onChange={(e) => setDecision(e.currentTarget.value as Decision)}
          data={(['accepted', 'partly', 'rejected'] as const).map((v) => ({ value: v, label: t(`drafts.decision.${v}`) }))}
        />
        <Textarea
          id={`${prefix}-reason`}
          label={t('drafts.decision.reason')}
          autosize
          minRows={2}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {problem && <FormAlert kind="error">{problem}</FormAlert>}
        <Group>
          <Button type="submit" size="xs" loading={decide.isPending}>
            {t('drafts.decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
