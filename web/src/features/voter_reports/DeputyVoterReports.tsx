// «Reports to voters» on the deputy's public page: the published yearly reports, newest first, each
// a link to its page. The deputy and their maslikhat's staff (can_edit) see the drafts too, marked,
// and make a new one here. Loaded as its own chunk (index.ts), so the page's first download does
// not grow.
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lazyComponent } from '../../components/lazy_component';
import { voterReportEditPath, voterReportPath } from './figures';
import { useDeputyReports } from './hooks';

// Keepers only: fetched when shown.
const NewReportForm = lazyComponent(async () => (await import('./NewReportForm')).NewReportForm);

export function DeputyVoterReports({ deputyId }: { deputyId: number }) {
  const { t } = useTranslation();
  const reports = useDeputyReports(deputyId);
  const list = reports.data;
  if (!list || (list.items.length === 0 && !list.can_edit)) return null;
  return (
    <Stack component="section" gap="sm" aria-labelledby="voter-reports" data-testid="deputy-voter-reports">
      <Title order={2} id="voter-reports">
        {t('voterReports.public.title')}
      </Title>
      {list.items.length === 0 && <Text>{t('voterReports.public.none')}</Text>}
      {list.items.length > 0 && (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {list.items.map((report) => (
            <li key={report.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor
                  component={Link}
                  to={report.state === 'draft' ? voterReportEditPath(report.id) : voterReportPath(report.id)}
                >
                  {t('voterReports.public.forYear', { year: report.year })}
                </Anchor>
                {report.state === 'draft' && (
                  <Badge variant="outline" color="gray.8" tt="none">
                    {t('voterReports.public.draft')}
                  </Badge>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {list.can_edit && <NewReportForm deputyId={deputyId} reports={list.items} />}
    </Stack>
  );
}
