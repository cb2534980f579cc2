// A repeated appeal shows the earlier one it repeats (linked by the person, by staff, or by the
// rule "same person, same subject" — docs/appeals.md, Repeated appeals): its number, status and,
// once answered, the answer, so the handler sees what was already said before answering again.
import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../lib/dates';
import { kPaths } from '../../../lib/paths';
import { useAppeal } from '../hooks';
import { StatusBadge } from '../StatusBadge';
import { Fact, FactGrid } from './Facts';

export function EarlierAppeal({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const earlier = useAppeal(id);
  // Someone who may not read the earlier appeal (a deputy it was never assigned to) sees only
  // that this one repeats another.
  if (!earlier.data) {
    return earlier.isError ? (
      <Text size="sm" data-testid="earlier-appeal">
        {t('appeals.detail.repeatUnseen')}
      </Text>
    ) : null;
  }
  const a = earlier.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-earlier-title" data-testid="earlier-appeal">
      <Title order={2} size="h3" id="appeal-earlier-title" mb="sm">
        {t('appeals.detail.repeatTitle')}
      </Title>
      <FactGrid>
        <Fact term={t('appeals.detail.repeatNumber')}>
          <Anchor component={Link} to={kPaths.appeal(a.id)}>
            {a.number}
          </Anchor>
        </Fact>
        <Fact term={t('appeals.detail.registeredOn')}>{formatDay(a.registered_on, i18n.language)}</Fact>
        <Fact term={t('appeals.detail.status')}>
          <StatusBadge status={a.status} />
        </Fact>
      </FactGrid>
      <Text fw={700} size="sm" mt="sm">
        {t('appeals.detail.repeatAnswer')}
      </Text>
      <Text lang={a.language} size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {a.answer_text ?? t('appeals.detail.repeatNoAnswer')}
      </Text>
    </Paper>
  );
}
