// /notifications: the signed-in person's notifications, newest first, with an "unread only"
// filter, pages, and "mark all as read". Opening one (its talon number) marks it read.
import { Button, Checkbox, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import type { Me } from '../../lib/api/types';
import { describeError } from '../../lib/i18n/error_text';
import { RequireMe } from '../../components/RequireMe';
import { useMarkRead, useNotifications } from './hooks';
import { NotificationItem } from './NotificationItem';

function pageFrom(params: URLSearchParams): number {
  const value = Number(params.get('page'));
  return Number.isInteger(value) && value > 1 ? value : 1;
}

function Notifications({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const page = pageFrom(params);
  const list = useNotifications(me.id, { unreadOnly, page });
  const mark = useMarkRead(me.id);
  const [markedAll, setMarkedAll] = useState(false);

  function show(next: { unreadOnly: boolean; page: number }) {
    const search = new URLSearchParams();
    if (next.unreadOnly) search.set('unread', '1');
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  }

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.page_size)) : 1;
  const unread = data?.unread ?? 0;
  const error = list.error ?? mark.error;

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Checkbox
          label={t('notifications.page.unreadOnly')}
          checked={unreadOnly}
          onChange={(event) => show({ unreadOnly: event.currentTarget.checked, page: 1 })}
        />
        <Button
          variant="default"
          disabled={!data || unread === 0}
          loading={mark.isPending}
          onClick={() =>
            mark.mutate(
              { all: true },
              {
                onSuccess: () => {
                  setMarkedAll(true);
                  if (unreadOnly) show({ unreadOnly, page: 1 });
                },
              },
            )
          }
        >
          {t('notifications.page.markAll')}
        </Button>
      </Group>
      <div aria-live="polite">
        {data && <Text data-testid="notifications-unread">{t('notifications.page.unreadCount', { n: unread })}</Text>}
        {markedAll && unread === 0 && <FormAlert kind="success">{t('notifications.page.markedAll')}</FormAlert>}
      </div>
      {error && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), error).summary}</FormAlert>}
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {data && data.items.length === 0 && (
        <Text>{unreadOnly ? t('notifications.page.emptyUnread') : t('notifications.page.empty')}</Text>
      )}
      {data && data.items.length > 0 && (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notifications.page.listLabel')}>
          {data.items.map((n) => (
            <NotificationItem
              key={n.id}
              notification={n}
              onOpen={() => {
                if (n.read_at === null) mark.mutate({ ids: [n.id] });
              }}
            />
          ))}
        </Stack>
      )}
      {pages > 1 && (
        <nav aria-label={t('notifications.page.pages')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={(next) => show({ unreadOnly, page: next })}
            color="blue.8"
            getItemProps={(n) => ({ 'aria-label': t('notifications.page.pageN', { n }) })}
            getControlProps={(control) => ({
              'aria-label': t(control === 'previous' || control === 'first' ? 'notifications.page.previous' : 'notifications.page.next'),
            })}
          />
        </nav>
      )}
    </Stack>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notifications.page.title')}>
      <RequireMe>{(me) => <Notifications me={me} />}</RequireMe>
    </Page>
  );
}
