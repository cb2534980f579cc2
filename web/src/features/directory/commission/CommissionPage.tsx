// A commission: kind, maslikhat, term, remit, chair and members.
import { Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { Link, useParams } from 'react-router';
import { Page } from '../../../components/Page';
import { DeputyCard } from '../components/DeputyCard';
import { LoadedPage } from '../components/LoadedPage';
import { directoryPath } from '../directory_paths';
import type { CommissionView } from '../directory_types';
import { formatDay } from '../../../lib/dates';
import { useCommission, useMaslikhat } from '../hooks';
import { localized } from '../localized';
import { lazyComponent } from '../../../components/lazy_component';
import { AnnualReportsSection } from '../../annual_reports';
import { FollowButton } from '../../subscriptions';

// Editors are staff-only: fetched when shown.
const CommissionForm = lazyComponent(async () => (await import('./CommissionForm')).CommissionForm);
const CommissionMembersEditor = lazyComponent(async () => (await import('./CommissionMembersEditor')).CommissionMembersEditor);

/** The members editor once the maslikhat's deputies are loaded. */
function MembersTool({ commission, onDone }: { commission: CommissionView; onDone: (saved: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const maslikhat = useMaslikhat(commission.maslikhat.id);
  if (maslikhat.isPending) return <Loader aria-label={t('common.loading')} />;
  if (maslikhat.isError) {
    return <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), maslikhat.error).summary}</FormAlert>;
  }
  return (
    <CommissionMembersEditor
      commissionId={commission.id}
      members={commission.members}
      deputies={maslikhat.data.deputies}
      onDone={onDone}
    />
  );
}

function CommissionStaffTools({ commission }: { commission: CommissionView }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'edit' | 'members'>('idle');
  const [saved, setSaved] = useState(false);
  const done = (didSave: boolean) => {
    setMode('idle');
    setSaved(didSave);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="commission-staff-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="commission-staff-title">
          {t('directory.staff.title')}
        </Title>
        {saved && mode === 'idle' && <FormAlert kind="success">{t('directory.edit.saved')}</FormAlert>}
        {mode === 'edit' && (
          <CommissionForm mode="edit" commission={commission} onDone={(result) => done(result !== null)} />
        )}
        {mode === 'members' && <MembersTool commission={commission} onDone={done} />}
        {mode === 'idle' && (
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setSaved(false);
                setMode('edit');
              }}
            >
              {t('directory.commissionForm.edit')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setSaved(false);
                setMode('members');
              }}
            >
              {t('directory.members.open')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function CommissionContent({ commission }: { commission: CommissionView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const remit = localized(lang, commission, 'remit');
  const roleOf = new Map(commission.members.map((member) => [member.deputy_id, member.role]));
  // The chair first, then the members in the server's order.
  const deputies = [...commission.deputies].sort(
    (a, b) => Number(roleOf.get(b.id) === 'chair') - Number(roleOf.get(a.id) === 'chair'),
  );
  const from = formatDay(commission.period_from, lang);
  const to = formatDay(commission.period_to, lang);
  return (
    <Page title={localized(lang, commission, 'name')}>
      <Stack gap={4}>
        <Text c="dimmed">{t(`directory.commission.kind.${commission.kind}`)}</Text>
        <Text>
          <Text span fw={600}>
            {t('directory.deputy.maslikhat')}:
          </Text>{' '}
          <Anchor component={Link} to={directoryPath.maslikhat(commission.maslikhat.id)}>
            {localized(lang, commission.maslikhat, 'name')}
          </Anchor>
        </Text>
        {from && (
          <Text>
            <Text span fw={600}>
              {t('directory.commission.period')}:
            </Text>{' '}
            {to ? `${from} – ${to}` : t('directory.commission.since', { date: from })}
          </Text>
        )}
      </Stack>
      <FollowButton target={{ kind: 'commission', id: commission.id }} />
      {commission.can_edit && <CommissionStaffTools commission={commission} />}
      {remit && (
        <Stack gap="xs" component="section" aria-labelledby="commission-remit">
          <Title order={2} size="h3" id="commission-remit">
            {t('directory.commission.remit')}
          </Title>
          <Text>{remit}</Text>
        </Stack>
      )}
      <Stack gap="sm" component="section" aria-labelledby="commission-members">
        <Title order={2} size="h3" id="commission-members">
          {t('directory.commission.members')}
        </Title>
        {deputies.length === 0 ? (
          <Text c="dimmed">{t('directory.commission.noMembers')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {deputies.map((deputy) => (
              <DeputyCard
                key={deputy.id}
                deputy={deputy}
                extra={t(`directory.role.${roleOf.get(deputy.id) ?? 'member'}`)}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <AnnualReportsSection maslikhatId={commission.maslikhat.id} commissionId={commission.id} />
    </Page>
  );
}

export function CommissionPage() {
  const { id } = useParams();
  const query = useCommission(Number(id));
  return <LoadedPage query={query}>{(commission) => <CommissionContent commission={commission} />}</LoadedPage>;
}
