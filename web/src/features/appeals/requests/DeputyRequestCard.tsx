// One deputy request: the body, dates, state, text and (once given) the body's answer.
import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useExecutiveBodies } from '../control_hooks';
import { formatDay, formatMoment } from '../../../lib/dates';
import { Fact, FactGrid } from '../detail/Facts';
import { localized } from '../../directory';
import type { DeputyRequest } from '../types';

/** body id → its name in the UI language ("Body #3" until the list is known). */
export function useBodyName(): (id: number) => string {
  const { t, i18n } = useTranslation();
  const bodies = useExecutiveBodies();
  return (id: number) => {
    const body = bodies.data?.items.find((b) => b.id === id);
    return body ? localized(i18n.language, body, 'name') : t('appeals.requests.bodyFallback', { id });
  };
}

export function DeputyRequestCard({
  request,
  bodyName,
  level,
  children,
}: {
  request: DeputyRequest;
  bodyName: string;
  level: 2 | 3;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const titleId = `deputy-request-${request.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId} data-testid="deputy-request">
      <Stack gap="xs">
        <Title order={level} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {t('appeals.requests.item', { body: bodyName })}
        </Title>
        <FactGrid>
          <Fact term={t('appeals.requests.sentOn')}>{formatDay(request.sent_on, i18n.language)}</Fact>
          <Fact term={t('appeals.requests.dueOn')}>{formatDay(request.due_on, i18n.language)}</Fact>
          <Fact term={t('appeals.requests.state')}>
            <Badge
              color={request.status === 'answered' ? 'green.9' : 'gray.8'}
              variant="outline"
              tt="none"
              styles={{ root: { height: 'auto', minHeight: 22 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
            >
              {t(`appeals.requests.status.${request.status}`)}
            </Badge>
          </Fact>
          {request.answered_at && (
            <Fact term={t('appeals.requests.answeredAt')}>{formatMoment(request.answered_at, i18n.language)}</Fact>
          )}
        </FactGrid>
        <div>
          <Text fw={600} size="sm">
            {t('appeals.requests.text')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{request.text}</Text>
        </div>
        {request.answer_text && (
          <div>
            <Text fw={600} size="sm">
              {t('appeals.requests.answer')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="deputy-request-answer">
              {request.answer_text}
            </Text>
          </div>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
