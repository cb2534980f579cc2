// The parts of the appeal forwarded to other bodies (docs/appeals.md "Partial forwarding"): which
// body, which part, when, against the forwarding term; staff also see how the applicant is told.
// The rest of the appeal stays with the maslikhat.
import { Badge, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/dates';
import type { Appeal } from '../types';

export function PartForwardings({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  if (appeal.part_forwardings.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="appeal-parts-title">
      <Title order={2} size="h3" id="appeal-parts-title" mb="sm">
        {t('appeals.partForwarding.title')}
      </Title>
      <List spacing="sm" listStyleType="none" ml={0} pl={0}>
        {appeal.part_forwardings.map((p, index) => (
          <List.Item key={`${p.forwarded_on}-${index}`} data-testid="part-forwarding">
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t('appeals.partForwarding.to', { to: p.forward_to, date: formatDay(p.forwarded_on, i18n.language) })}
              </Text>
              <Text size="sm">{t('appeals.partForwarding.part', { part: p.part })}</Text>
              {p.reason && <Text size="sm">{t('appeals.partForwarding.reason', { reason: p.reason })}</Text>}
              {p.late ? (
                <Badge color="red.9" variant="filled">
                  {t('appeals.partForwarding.late', { date: formatDay(p.forward_due_on, i18n.language) })}
                </Badge>
              ) : (
                <Text size="sm">{t('appeals.partForwarding.inTerm', { date: formatDay(p.forward_due_on, i18n.language) })}</Text>
              )}
              {p.notice && p.notice.channel !== 'none' && (
                <Text size="sm">{t(`appeals.extensionNotice.channel.${p.notice.channel}`)}</Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
