// /appeals: my appeals (citizen), appeals routed to me (deputy), or the maslikhat's work queue
// with filters (staff and chairs of a maslikhat).
import { Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import type { Me } from '../../../lib/api/types';
import { describeError } from '../../../lib/i18n/error_text';
import { useMe } from '../../../lib/session';
import { RequireMe } from '../../../components/RequireMe';
import { exportUrl } from '../control_hooks';
import { useAppealList } from '../hooks';
import { isDeputy, staffMaslikhatIds } from '../roles';
import { AppealsTable } from './AppealsTable';
import { Dashboard } from './Dashboard';
import { filtersFromParams, filtersToParams, listQuery } from './list_filters';
import { QueueFilters } from './QueueFilters';

type View = 'mine' | 'deputy' | 'staff';

function viewFor(me: Me, params: URLSearchParams): { view: View; staffIds: number[]; canSwitch: boolean } {
  const staffIds = staffMaslikhatIds(me);
  const deputy = isDeputy(me);
  // The server shows a deputy the appeals routed to them, so only staff who are not deputies
  // can switch between the queue and their own appeals.
  const canSwitch = staffIds.length > 0 && !deputy;
  if (staffIds.length > 0 && params.get('view') !== 'mine') return { view: 'staff', staffIds, canSwitch };
  if (deputy) return { view: 'deputy', staffIds, canSwitch };
  return { view: 'mine', staffIds, canSwitch };
}

/** Long Kazakh labels wrap instead of being cut on a narrow screen. */
const kWrapping = { root: { height: 'auto', minHeight: 36, paddingBlock: 6 }, label: { whiteSpace: 'normal' as const } };

const kTitles = {
  mine: 'appeals.list.titleMine',
  deputy: 'appeals.list.titleDeputy',
  staff: 'appeals.list.titleStaff',
} as const;

function AppealsList({ view, staffIds, canSwitch }: { view: View; staffIds: number[]; canSwitch: boolean }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Strings as memo keys: `params` and `staffIds` are new objects on every render.
  const key = params.toString();
  const staffKey = staffIds.join(',');
  const filters = useMemo(
    () => filtersFromParams(new URLSearchParams(key), staffKey ? staffKey.split(',').map(Number) : []),
    [key, staffKey],
  );
  const query = view === 'mine' ? {} : listQuery(filters, view === 'staff');
  const list = useAppealList(query);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Button component={Link} to={kPaths.appealNew} variant={view === 'mine' ? 'filled' : 'default'}>
          {t('appeals.list.write')}
        </Button>
        {staffIds.length > 0 && (
          <Button
            component={Link}
            to={kPaths.appealRegister}
            variant={view === 'staff' ? 'filled' : 'default'}
            styles={kWrapping}
          >
            {t('appeals.list.register')}
          </Button>
        )}
      </Group>
      {canSwitch && (
        <SegmentedControl
          aria-label={t('appeals.list.view')}
          value={view === 'mine' ? 'mine' : 'work'}
          onChange={(next) => setParams(next === 'mine' ? new URLSearchParams({ view: 'mine' }) : new URLSearchParams())}
          data={[
            { value: 'work', label: t('appeals.list.viewWork') },
            { value: 'mine', label: t('appeals.list.viewMine') },
          ]}
          maw={520}
          fullWidth
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
        />
      )}
      {view === 'staff' && filters.maslikhatId !== null && <Dashboard maslikhatId={filters.maslikhatId} />}
      {view !== 'mine' && (
        <QueueFilters
          value={filters}
          maslikhatIds={view === 'staff' ? staffIds : []}
          onApply={(next) => setParams(filtersToParams(next, false))}
        />
      )}
      {view === 'staff' && filters.maslikhatId !== null && (
        <Group gap="sm" aria-label={t('appeals.export.hint')} role="group">
          <Button component="a" variant="default" href={exportUrl(query, 'csv')} download>
            {t('appeals.export.csv')}
          </Button>
          <Button component="a" variant="default" href={exportUrl(query, 'xlsx')} download>
            {t('appeals.export.xlsx')}
          </Button>
        </Group>
      )}
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {list.isError && (
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), list.error).summary}</FormAlert>
      )}
      {list.isSuccess && items.length === 0 && <Text>{t('appeals.list.empty')}</Text>}
      {items.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t('appeals.list.count', { n: items.length })}
          </Text>
          <AppealsTable items={items} />
        </>
      )}
      {list.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('appeals.list.loadMore')}
          </Button>
        </div>
      )}
    </Stack>
  );
}

export function AppealsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const title = me.data ? t(kTitles[viewFor(me.data, params).view]) : t('appeals.nav.appeals');
  return (
    <Page title={title}>
      <RequireMe>
        {(account) => {
          const { view, staffIds, canSwitch } = viewFor(account, params);
          return <AppealsList view={view} staffIds={staffIds} canSwitch={canSwitch} />;
        }}
      </RequireMe>
    </Page>
  );
}
