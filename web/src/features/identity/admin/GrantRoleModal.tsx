import { Button, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { kRoles, kScopeTypes, type Role, type ScopeType, type User } from '../../../lib/api/types';
import { useGrantRole } from '../hooks';
import { useFormErrors } from '../../../lib/forms/use_form_errors';

const kFields = ['role', 'scope_type', 'scope_id'] as const;

export function GrantRoleModal({
  user,
  onClose,
  onGranted,
}: {
  user: User | null;
  onClose: () => void;
  onGranted: () => void;
}) {
  const { t } = useTranslation();
  const grant = useGrantRole();
  const errors = useFormErrors(kFields);
  const [role, setRole] = useState<Role>('deputy');
  const [scopeType, setScopeType] = useState<ScopeType>('maslikhat');
  const [scopeId, setScopeId] = useState('');
  const { clear } = errors;

  useEffect(() => {
    if (user) clear();
  }, [user, clear]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    const global = scopeType === 'global';
    if (!global && !/^\d+$/.test(scopeId.trim())) {
      errors.check({ scope_id: scopeId.trim() === '' ? 'required' : 'invalid_format' });
      return;
    }
    grant.mutate(
      {
        userId: user.id,
        body: { role, scope_type: scopeType, scope_id: global ? null : Number(scopeId.trim()) },
      },
      { onSuccess: onGranted, onError: (error) => errors.fromError(error) },
    );
  }

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('admin.grantTitle', { name: user.display_name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form ref={errors.formRef} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <NativeSelect
            label={t('admin.role')}
            name="role"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            data={kRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
            error={errors.fields.role}
          />
          <NativeSelect
            label={t('admin.scopeType')}
            name="scope_type"
            value={scopeType}
            onChange={(event) => setScopeType(event.currentTarget.value as ScopeType)}
            data={kScopeTypes.map((value) => ({ value, label: t(`scopes.${value}`) }))}
            error={errors.fields.scope_type}
          />
          <TextInput
            label={t('admin.scopeId')}
            description={t('admin.scopeIdHint')}
            name="scope_id"
            inputMode="numeric"
            disabled={scopeType === 'global'}
            value={scopeType === 'global' ? '' : scopeId}
            onChange={(event) => setScopeId(event.currentTarget.value)}
            error={errors.fields.scope_id}
          />
          <div>
            <Button type="submit" loading={grant.isPending}>
              {t('admin.grant')}
            </Button>
          </div>
        </Stack>
      </form>
    </Modal>
  );
}
