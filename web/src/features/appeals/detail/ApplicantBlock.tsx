// Who wrote: shown to handlers (staff, the deputy); each such view is audited by the server.
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appeal } from '../types';
import { Fact, FactGrid } from './Facts';

export function ApplicantBlock({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const { applicant } = appeal;
  const or = (value: string | null) => (value ? value : t('appeals.common.notGiven'));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-applicant-title">
      <Title order={2} size="h3" id="appeal-applicant-title" mb="sm">
        {t('appeals.detail.applicant')}
      </Title>
      {appeal.anonymous && <Text fw={700}>{t('appeals.detail.anonymous')}</Text>}
      {appeal.urgent_redirect && (
        <Text fw={700} c="red.9">
          {t('appeals.detail.urgent')}
        </Text>
      )}
      <FactGrid>
        <Fact term={t('appeals.detail.name')}>{or(applicant.name)}</Fact>
        <Fact term={t('appeals.detail.email')}>{or(applicant.email)}</Fact>
        <Fact term={t('appeals.detail.phone')}>{or(applicant.phone)}</Fact>
        <Fact term={t('appeals.detail.address')}>{or(applicant.address)}</Fact>
        <Fact term={t('appeals.detail.iin')}>{or(applicant.iin_masked)}</Fact>
      </FactGrid>
    </Paper>
  );
}
