import { Badge, Button, CloseButton, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import type { User } from '../../../lib/api/types';
import { formatMomentDay } from '../../../lib/dates';
import { useRevokeRole } from '../hooks';
import { roleText, useScopeNames } from '../role_text';

export function UsersTable({
  users,
  onGrant,
  onRevoked,
}: {
  users: User[];
  onGrant: (user: User) => void;
  onRevoked: () => void;
}) {
  const { t, i18n } = useTranslation();
  const revoke = useRevokeRole();
  const names = useScopeNames(users.flatMap((user) => user.roles));
  return (
    <>
      {revoke.isError && (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), revoke.error).summary}</FormAlert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.colName')}</Table.Th>
              <Table.Th scope="col">{t('admin.colContact')}</Table.Th>
              <Table.Th scope="col">{t('admin.colVerified')}</Table.Th>
              <Table.Th scope="col">{t('admin.colRoles')}</Table.Th>
              <Table.Th scope="col">{t('admin.colCreated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={600}>
                  {user.display_name}
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{user.email ?? user.phone ?? ''}</Text>
                </Table.Td>
                <Table.Td>{user.verified ? t('common.yes') : t('common.no')}</Table.Td>
                <Table.Td>
                  <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {user.roles.map((grant) => (
                      <li key={grant.id}>
                        <Badge
                          variant="outline"
                          color="blue.8"
                          tt="none"
                          size="lg"
                          rightSection={
                            <CloseButton
                              size="sm"
                              aria-label={t('admin.revokeLabel', { role: roleText(t, grant, names), name: user.display_name })}
                              disabled={revoke.isPending}
                              onClick={() =>
                                revoke.mutate({ userId: user.id, grantId: grant.id }, { onSuccess: onRevoked })
                              }
                            />
                          }
                        >
                          {roleText(t, grant, names)}
                        </Badge>
                      </li>
                    ))}
                    <li>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('admin.grantOpenLabel', { name: user.display_name })}
                        onClick={() => onGrant(user)}
                      >
                        {t('admin.grantOpen')}
                      </Button>
                    </li>
                  </Group>
                </Table.Td>
                <Table.Td>{formatMomentDay(user.created_at, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
