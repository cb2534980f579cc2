// The facts of an appeal: status, type, channel, dates and deadline state, addressee, flags.
import { Box, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoment } from '../../../lib/dates';
import { deputyName, localized, useDeputy, useMaslikhatCommissions, useMaslikhats } from '../../directory';
import { DueText } from '../DueText';
import { dueState, forwardState } from '../due_state';
import { RegistrationNote } from '../RegistrationNote';
import { StatusBadge } from '../StatusBadge';
import type { Appeal } from '../types';
import { Fact, FactGrid } from './Facts';

function useAddresseeText(appeal: Appeal): string {
  const { t, i18n } = useTranslation();
  const deputy = useDeputy(appeal.addressee === 'deputy' ? appeal.deputy_id : null);
  const commissions = useMaslikhatCommissions(appeal.addressee === 'commission' ? appeal.maslikhat_id : null);
  const maslikhats = useMaslikhats();
  const maslikhat = maslikhats.data?.items.find((m) => m.id === appeal.maslikhat_id);
  const maslikhatText = maslikhat ? localized(i18n.language, maslikhat, 'name') : t('appeals.detail.addresseeMaslikhat');
  if (appeal.addressee === 'deputy' && deputy.data) {
    return `${t('appeals.addressee.deputyOf', { name: deputyName(i18n.language, deputy.data) })}, ${maslikhatText}`;
  }
  if (appeal.addressee === 'commission') {
    const commission = commissions.data?.items.find((c) => c.id === appeal.commission_id);
    const name = commission ? localized(i18n.language, commission, 'name') : t('appeals.detail.addresseeCommission');
    return `${name}, ${maslikhatText}`;
  }
  return maslikhatText;
}

export function AboutAppeal({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  const addressee = useAddresseeText(appeal);
  const state = dueState(appeal);
  const forward = forwardState(appeal);
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-facts-title">
      <Title order={2} size="h3" id="appeal-facts-title" mb="sm">
        {t('appeals.detail.facts')}
      </Title>
      {(state === 'overdue' || state === 'soon') && (
        <Text fw={700} c={state === 'overdue' ? 'red.9' : 'orange.9'} mb="sm">
          {t(state === 'overdue' ? 'appeals.detail.overdue' : 'appeals.detail.soon')}
        </Text>
      )}
      {appeal.access === 'staff' && (forward === 'overdue' || forward === 'soon') && (
        <Text fw={700} c={forward === 'overdue' ? 'red.9' : 'orange.9'} mb="sm">
          {t(forward === 'overdue' ? 'appeals.detail.forwardOverdue' : 'appeals.detail.forwardSoon')}
        </Text>
      )}
      <FactGrid>
        <Fact term={t('appeals.detail.status')}>
          <StatusBadge status={appeal.status} />
        </Fact>
        <Fact term={t('appeals.detail.type')}>{t(`appeals.type.${appeal.type}`)}</Fact>
        <Fact term={t('appeals.detail.registeredOn')}>{formatDay(appeal.registered_on, i18n.language)}</Fact>
        <Fact term={t('appeals.detail.dueOn')}>
          <DueText state={state} dueOn={appeal.due_on} />
        </Fact>
        <Fact term={t('appeals.detail.receivedAt')}>{formatMoment(appeal.received_at, i18n.language)}</Fact>
        <Fact term={t('appeals.detail.channel')}>{t(`appeals.channel.${appeal.channel}`)}</Fact>
        {appeal.access === 'staff' && (
          <Fact term={t('appeals.detail.forwardDueOn')}>
            <DueText state={forward} dueOn={appeal.forward_due_on} forward />
          </Fact>
        )}
        <Fact term={t('appeals.detail.addressee')}>{addressee}</Fact>
        <Fact term={t('appeals.detail.language')}>{t(`lang.${appeal.language}`)}</Fact>
        <Fact term={t('appeals.detail.contact')}>{t(`appeals.contact.${appeal.contact_preference}`)}</Fact>
        <Fact term={t('appeals.detail.collective')}>{yesNo(appeal.collective)}</Fact>
        <Fact term={t('appeals.detail.publicConsent')}>{yesNo(appeal.public_consent)}</Fact>
        {appeal.repeat_of !== null && <Fact term={t('appeals.detail.repeat')}>{t('common.yes')}</Fact>}
      </FactGrid>
      <Box mt="sm">
        <RegistrationNote receivedAt={appeal.received_at} registeredOn={appeal.registered_on} />
      </Box>
    </Paper>
  );
}
