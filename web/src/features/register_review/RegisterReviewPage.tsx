// The public register's review (/register-review): the maslikhat's staff read each answered appeal
// whose applicant agreed to publication as a masked draft (names, addresses, phones and IINs
// already replaced by ***), correct the published subject and answer, and approve it for the
// public register or withdraw it. Nothing is public until approved (docs/public-register.md).
import { Badge, Button, Group, Loader, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { StaffMaslikhatSelect } from '../../components/StaffMaslikhatSelect';
import { describeError } from '../../lib/i18n/error_text';
import { staffMaslikhatIds } from '../../lib/roles';
import {
  useDecideRegisterEntry,
  useEditRegisterEntry,
  useRegisterEntries,
  type RegisterEntry,
  type RegisterState,
} from './hooks';

function EditForm({ entry, onClose }: { entry: RegisterEntry; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const edit = useEditRegisterEntry();
  const [subject, setSubject] = useState(entry.subject);
  const [answer, setAnswer] = useState(entry.answer_text);
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(event) => {
        event.preventDefault();
        edit.mutate({ id: entry.appeal_id, subject, answer_text: answer }, { onSuccess: onClose });
      }}
    >
      <TextInput
        label={t('registerReview.subject')}
        value={subject}
        maxLength={500}
        required
        onChange={(event) => setSubject(event.currentTarget.value)}
      />
      <Textarea
        label={t('registerReview.answer')}
        value={answer}
        maxLength={20000}
        autosize
        minRows={3}
        onChange={(event) => setAnswer(event.currentTarget.value)}
      />
      {edit.isError && (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), edit.error).summary}</FormAlert>
      )}
      <Group gap="sm">
        <Button type="submit" loading={edit.isPending}>
          {t('registerReview.save')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('registerReview.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function EntryCard({ entry }: { entry: RegisterEntry }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const decide = useDecideRegisterEntry();
  const titleId = `register-entry-${String(entry.appeal_id)}`;
  return (
    <Paper component="li" withBorder p="md" data-testid="register-entry" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {entry.number}: {entry.subject}
          </Title>
          <Badge variant="outline" tt="none" size="lg" color={entry.state === 'approved' ? 'green.9' : 'gray.8'}>
            {t(`registerReview.state.${entry.state}`)}
          </Badge>
        </Group>
        {editing ? (
          <EditForm entry={entry} onClose={() => setEditing(false)} />
        ) : (
          <>
            <Text fw={700}>{t('registerReview.answer')}</Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.answer_text || t('registerReview.noAnswer')}
            </Text>
            {decide.isError && (
              <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), decide.error).summary}</FormAlert>
            )}
            <Group gap="sm">
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('registerReview.edit')}
              </Button>
              {entry.state !== 'approved' && (
                <Button
                  loading={decide.isPending && decide.variables.decision === 'approve'}
                  onClick={() => decide.mutate({ id: entry.appeal_id, decision: 'approve' })}
                >
                  {t('registerReview.approve')}
                </Button>
              )}
              {entry.state !== 'withdrawn' && (
                <Button
                  variant="outline"
                  color="red.9"
                  loading={decide.isPending && decide.variables.decision === 'withdraw'}
                  onClick={() => decide.mutate({ id: entry.appeal_id, decision: 'withdraw' })}
                >
                  {t('registerReview.withdraw')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function MaslikhatEntries({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t, i18n } = useTranslation();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const [state, setState] = useState<RegisterState>('draft');
  const entries = useRegisterEntries(maslikhatId, state);
  return (
    <Stack gap="md">
      <StaffMaslikhatSelect ids={maslikhatIds} value={maslikhatId} onChange={setMaslikhatId} />
      <SegmentedControl
        aria-label={t('registerReview.filter')}
        value={state}
        onChange={(value) => setState(value === 'approved' ? 'approved' : value === 'withdrawn' ? 'withdrawn' : 'draft')}
        data={[
          { value: 'draft', label: t('registerReview.filterDraft') },
          { value: 'approved', label: t('registerReview.filterApproved') },
          { value: 'withdrawn', label: t('registerReview.filterWithdrawn') },
        ]}
      />
      {entries.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : entries.isError ? (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), entries.error).summary}</FormAlert>
      ) : entries.data.items.length === 0 ? (
        <Text role="status">{t(`registerReview.none.${state}`)}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {entries.data.items.map((entry) => (
            <EntryCard key={entry.appeal_id} entry={entry} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function RegisterReviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('registerReview.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          if (ids.length === 0) return <FormAlert kind="info">{t('registerReview.notStaff')}</FormAlert>;
          return (
            <Stack gap="md">
              <Text>{t('registerReview.intro')}</Text>
              <MaslikhatEntries maslikhatIds={ids} />
            </Stack>
          );
        }}
      </RequireMe>
    </Page>
  );
}
