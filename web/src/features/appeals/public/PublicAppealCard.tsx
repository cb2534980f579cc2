// One appeal of the public register: only what its author agreed to publish — number, type,
// subject, category, status, outcome and the answer; never a name, contact or the appeal's text.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/dates';
import { Fact, FactGrid } from '../detail/Facts';
import { StatusBadge } from '../StatusBadge';
import type { PublicAppeal } from '../types';

export function PublicAppealCard({ appeal, categoryText }: { appeal: PublicAppeal; categoryText: string }) {
  const { t, i18n } = useTranslation();
  const titleId = `public-appeal-${appeal.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId} data-testid="public-appeal">
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {appeal.subject}
        </Title>
        <FactGrid>
          <Fact term={t('appeals.public.number')}>
            <span style={{ whiteSpace: 'nowrap' }}>{appeal.number}</span>
          </Fact>
          <Fact term={t('appeals.public.registeredOn')}>{formatDay(appeal.registered_on, i18n.language)}</Fact>
          <Fact term={t('appeals.public.type')}>{t(`appeals.type.${appeal.type}`)}</Fact>
          <Fact term={t('appeals.public.category')}>{categoryText}</Fact>
          <Fact term={t('appeals.public.status')}>
            <StatusBadge status={appeal.status} />
          </Fact>
          {appeal.outcome && <Fact term={t('appeals.public.outcome')}>{t(`appeals.outcome.${appeal.outcome}`)}</Fact>}
        </FactGrid>
        <div>
          <Text fw={600} size="sm">
            {t('appeals.public.answer')}
          </Text>
          {appeal.answer_text ? (
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{appeal.answer_text}</Text>
          ) : (
            <Text>{t('appeals.public.noAnswer')}</Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
