// The staff's moderation of one comment: hide it with a reason everyone reads instead of the text
// (the server requires one), or show a hidden comment again. Both are audited on the server.
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { draftErrorText } from './errors';
import { useModerate, type DraftComment } from './hooks';

export function ModerationForm({ draftId, comment }: { draftId: number; comment: DraftComment }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const moderate = useModerate(draftId);
  const onError = (e: unknown) => setProblem(draftErrorText(t, (k) => i18n.exists(k), e));
  if (comment.hidden) {
    return (
      <Group>
        <Button
          size="xs"
          variant="outline"
          loading={moderate.isPending}
          onClick={() => moderate.mutate({ id: comment.id, body: { hidden: false } }, { onError })}
        >
          {t('drafts.moderation.show')}
        </Button>
        {problem && <FormAlert kind="error">{problem}</FormAlert>}
      </Group>
    );
  }
  if (!open) {
    return (
      <Group>
        <Button size="xs" variant="outline" color="red" onClick={() => setOpen(true)}>
          {t('drafts.moderation.hide')}
        </Button>
      </Group>
    );
  }
  return (
    <form
      noValidate
      aria-label={t('drafts.moderation.formLabel', { number: comment.paragraph_number })}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() === '') return setProblem(t('drafts.moderation.reasonRequired'));
        setProblem(null);
        moderate.mutate(
          { id: comment.id, body: { hidden: true, reason: reason.trim() } },
          {
            onSuccess: () => {
              setOpen(false);
              setReason('');
            },
            onError,
          },
        );
      }}
    >
      <Stack gap="xs">
        <Textarea
          id={`moderation-${String(comment.id)}-reason`}
          label={t('drafts.moderation.reason')}
          autosize
          minRows={1}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        {problem && <FormAlert kind="error">{problem}</FormAlert>}
        <Group>
          <Button type="submit" size="xs" color="red" loading={moderate.isPending}>
            {t('drafts.moderation.confirmHide')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('drafts.moderation.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
