// The staff's withdrawal of an upcoming or open discussion: final, with a reason everyone reads on
// the draft's page («Обсуждение отозвано: …»). A button opens the form, so it is not pressed by
// chance; the server tells the people who commented.
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { draftErrorText } from './errors';
import { useWithdrawDraft, type DraftDetail } from './hooks';

export function DraftWithdrawForm({ draft }: { draft: DraftDetail }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const withdraw = useWithdrawDraft(draft.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="draft-withdraw">
      <Title order={2} size="h3" id="draft-withdraw">
        {t('drafts.withdraw.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('drafts.withdraw.hint')}
      </Text>
      {!open ? (
        <Group mt="xs">
          <Button variant="outline" color="red" onClick={() => setOpen(true)}>
            {t('drafts.withdraw.open')}
          </Button>
        </Group>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === '') return setProblem(t('drafts.withdraw.reasonRequired'));
            setProblem(null);
            withdraw.mutate(reason.trim(), { onError: (e) => setProblem(draftErrorText(t, (k) => i18n.exists(k), e)) });
          }}
        >
          <Stack gap="xs" mt="xs">
            <Textarea
              id={`withdraw-${String(draft.id)}-reason`}
              label={t('drafts.withdraw.reason')}
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-autofocus
            />
            {problem && <FormAlert kind="error">{problem}</FormAlert>}
            <Group>
              <Button type="submit" color="red" loading={withdraw.isPending}>
                {t('drafts.withdraw.confirm')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('drafts.withdraw.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
