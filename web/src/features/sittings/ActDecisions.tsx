// On an act's page: the decisions of the maslikhat's sittings that made or changed it, each with
// its status and a link to its sitting.
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api/client';
import { formatDay } from '../../lib/dates';
import { pick } from '../directory';
import { kSittingsKey } from './hooks';

export function ActDecisions({ actId }: { actId: number }) {
  const { t, i18n } = useTranslation();
  const decisions = useQuery({
    queryKey: [...kSittingsKey, 'of-act', actId],
    queryFn: ({ signal }) => api.get('/api/v1/public/sitting-decisions', { query: { act: actId }, signal }),
  });
  const items = decisions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="act-decisions" data-testid="act-decisions">
      <Title order={2} size="h3" id="act-decisions">
        {t('sittings.ofAct.title')}
      </Title>
      <Stack component="ul" gap="xs" mt="xs" p={0} style={{ listStyle: 'none' }}>
        {items.map((d) => (
          <li key={d.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/sittings/${String(d.sitting_id)}`} style={{ overflowWrap: 'anywhere' }}>
                {t('sittings.decisionTitle', { number: d.number, title: pick(i18n.language, d.title_kk, d.title_ru) })}
              </Anchor>
              <Badge variant="outline" color={d.status === 'adopted' ? 'green.9' : d.status === 'rejected' ? 'red.9' : 'gray.8'} tt="none">
                {t(`sittings.status.${d.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('sittings.ofAct.sitting', { number: d.sitting_number, convocation: d.convocation, date: formatDay(d.held_on, i18n.language) })}
            </Text>
          </li>
        ))}
      </Stack>
    </section>
  );
}
