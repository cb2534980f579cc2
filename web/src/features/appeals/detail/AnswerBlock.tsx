// The answer once given: text, outcome, when.
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../lib/dates';
import type { Appeal } from '../types';
import { Fact, FactGrid } from './Facts';

export function AnswerBlock({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  if (!appeal.answer_text) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-answer-title">
      <Title order={2} size="h3" id="appeal-answer-title" mb="sm">
        {t('appeals.detail.answer')}
      </Title>
      <Text lang={appeal.language} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} mb="sm" data-testid="answer-text">
        {appeal.answer_text}
      </Text>
      <FactGrid>
        {appeal.outcome && <Fact term={t('appeals.detail.outcome')}>{t(`appeals.outcome.${appeal.outcome}`)}</Fact>}
        {appeal.answered_at && (
          <Fact term={t('appeals.detail.answeredAt')}>{formatMoment(appeal.answered_at, i18n.language)}</Fact>
        )}
      </FactGrid>
    </Paper>
  );
}
