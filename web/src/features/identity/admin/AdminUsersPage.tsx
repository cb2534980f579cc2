// Admin: search users, grant a role in a scope, revoke a grant.
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { describeError } from '../../../lib/i18n/error_text';
import type { User } from '../../../lib/api/types';
import { useUsers } from '../hooks';
import { RequireMe } from '../../../components/RequireMe';
import { GrantRoleModal } from './GrantRoleModal';
import { UsersTable } from './UsersTable';

function UsersAdmin() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [granting, setGranting] = useState<User | null>(null);
  const [notice, setNotice] = useState<'granted' | 'revoked' | null>(null);
  const users = useUsers(query, true);
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setQuery(draft.trim());
  }

  return (
    <Stack gap="md">
      <form onSubmit={onSearch} role="search" aria-label={t('admin.search')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('admin.search')}
            name="q"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit">{t('admin.searchSubmit')}</Button>
        </Group>
      </form>
      {notice && <FormAlert kind="success">{t(notice === 'granted' ? 'admin.granted' : 'admin.revoked')}</FormAlert>}
      {users.isError && (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), users.error).summary}</FormAlert>
      )}
      {users.isSuccess && items.length === 0 && <Text>{t('admin.empty')}</Text>}
      {items.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t('admin.count', { n: items.length })}
          </Text>
          <UsersTable users={items} onGrant={setGranting} onRevoked={() => setNotice('revoked')} />
        </>
      )}
      {users.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage}>
            {t('admin.loadMore')}
          </Button>
        </div>
      )}
      <GrantRoleModal
        user={granting}
        onClose={() => setGranting(null)}
        onGranted={() => {
          setGranting(null);
          setNotice('granted');
        }}
      />
    </Stack>
  );
}

export function AdminUsersPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.title')}>
      <RequireMe>
        {(me) =>
          me.roles.some((grant) => grant.role === 'admin') ? (
            <UsersAdmin />
          ) : (
            <FormAlert kind="error">{t('admin.forbidden')}</FormAlert>
          )
        }
      </RequireMe>
    </Page>
  );
}
