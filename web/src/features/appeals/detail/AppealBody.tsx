// The subject's text, the problem address and the co-signatories.
import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appeal } from '../types';

export function AppealBody({ appeal }: { appeal: Appeal }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-body-title">
      <Title order={2} size="h3" id="appeal-body-title" mb="sm">
        {t('appeals.detail.text')}
      </Title>
      <Text fw={700} mb="xs" lang={appeal.language} style={{ overflowWrap: 'anywhere' }}>
        {appeal.subject}
      </Text>
      <Text lang={appeal.language} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {appeal.body}
      </Text>
      {appeal.problem_address && (
        <Text mt="sm">
          <Text component="span" fw={600}>
            {t('appeals.detail.problemAddress')}:
          </Text>{' '}
          {appeal.problem_address}
        </Text>
      )}
      {appeal.cosigners.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('appeals.detail.cosigners')}
          </Title>
          <List>
            {appeal.cosigners.map((c, index) => (
              <List.Item key={index}>{c.address ? `${c.name} — ${c.address}` : c.name}</List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
