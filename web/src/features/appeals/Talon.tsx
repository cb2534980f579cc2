// The talon (receipt) of a registered appeal: number, dates, addressee; printable on its own.
import { Box, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoment } from '../../lib/dates';
import { RegistrationNote } from './RegistrationNote';
import type { Talon as TalonData } from './types';
import './talon.css';

function Item({ term, children, testId }: { term: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} fz="lg" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

export function Talon({
  talon,
  subject,
  addressee,
  email,
  notConsidered = false,
  forStaff = false,
}: {
  talon: TalonData;
  subject: string;
  addressee: string;
  /** Where the copy went, or null when none was sent. */
  email: string | null;
  notConsidered?: boolean;
  forStaff?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" className="appeal-talon" aria-labelledby="talon-title">
      <Title order={2} size="h3" id="talon-title" mb="sm" tabIndex={-1}>
        {t('appeals.talon.title')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
        <Item term={t('appeals.talon.number')} testId="talon-number">
          <Text component="span" fw={700} fz="xl" className="break-all">
            {talon.number}
          </Text>
        </Item>
        <Item term={t('appeals.talon.registeredOn')}>{formatDay(talon.registered_on, i18n.language)}</Item>
        <Item term={t('appeals.talon.receivedAt')}>{formatMoment(talon.received_at, i18n.language)}</Item>
        <Item term={t('appeals.talon.dueOn')}>{formatDay(talon.due_on, i18n.language)}</Item>
        <Item term={t('appeals.talon.addressee')}>{addressee}</Item>
        <Item term={t('appeals.talon.subject')}>{subject}</Item>
      </SimpleGrid>
      <Box mt="md">
        <RegistrationNote receivedAt={talon.received_at} registeredOn={talon.registered_on} />
      </Box>
      {notConsidered && (
        <Text mt="md" fw={600}>
          {t('appeals.talon.notConsidered')}
        </Text>
      )}
      <Text mt="md">{email ? t('appeals.talon.emailed', { email }) : t(forStaff ? 'appeals.register.noEmail' : 'appeals.talon.noEmail')}</Text>
      <Group mt="md" className="no-print">
        <Button variant="default" onClick={() => window.print()}>
          {t('appeals.talon.print')}
        </Button>
      </Group>
    </Paper>
  );
}
