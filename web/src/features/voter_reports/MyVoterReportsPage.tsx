// /my/voter-reports: the signed-in deputy's own reports to voters, drafts too, and a new one for a
// year without a report. Reached from the navigation («My reports to voters»).
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { RequireMe } from '../../components/RequireMe';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { directoryPath } from '../directory';
import { voterReportEditPath, voterReportPath } from './figures';
import { useMyReports } from './hooks';
import { NewReportForm } from './NewReportForm';

function MyReports() {
  const { t, i18n } = useTranslation();
  const mine = useMyReports();
  if (mine.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={2} height={80} />
      </LoadingRegion>
    );
  }
  if (mine.isError) {
    if (isApiError(mine.error) && mine.error.code === 'not_found') return <Text>{t('voterReports.mine.notADeputy')}</Text>;
    return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), mine.error).summary}</FormAlert>;
  }
  const list = mine.data;
  return (
    <Stack gap="md">
      <Text>{t('voterReports.mine.intro')}</Text>
      {list.items.length === 0 && <Text>{t('voterReports.public.none')}</Text>}
      {list.items.length > 0 && (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} data-testid="my-voter-reports">
          {list.items.map((report) => (
            <li key={report.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={voterReportEditPath(report.id)}>
                  {t('voterReports.public.forYear', { year: report.year })}
                </Anchor>
                <Badge variant="outline" color={report.state === 'draft' ? 'gray.8' : 'green.9'} tt="none">
                  {t(report.state === 'draft' ? 'voterReports.public.draft' : 'voterReports.mine.published')}
                </Badge>
                {report.state === 'published' && (
                  <Anchor component={Link} to={voterReportPath(report.id)} size="sm">
                    {t('voterReports.mine.view')}
                  </Anchor>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <NewReportForm deputyId={list.deputy_id} reports={list.items} />
      <Anchor component={Link} to={directoryPath.deputy(list.deputy_id)}>
        {t('voterReports.mine.myPage')}
      </Anchor>
    </Stack>
  );
}

export function MyVoterReportsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('voterReports.mine.title')}>
      <RequireMe>{() => <MyReports />}</RequireMe>
    </Page>
  );
}
