// /acts/new: the maslikhat's staff record an act in the registry; it opens on its own page after.
import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import type { Me } from '../../lib/api/types';
import { kPaths } from '../../lib/paths';
import { staffMaslikhatIds } from '../../lib/roles';
import { localized, useMaslikhats } from '../directory';
import { ActForm } from './ActForm';
import { useCreateAct } from './hooks';

function NewAct({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const maslikhats = useMaslikhats();
  const isAdmin = me.roles.some((r) => r.role === 'admin');
  const own = staffMaslikhatIds(me);
  const choices = (maslikhats.data?.items ?? []).filter((m) => isAdmin || own.includes(m.id));
  const [chosen, setChosen] = useState<number | null>(null);
  const maslikhatId = chosen ?? choices[0]?.id ?? null;
  const create = useCreateAct();
  if (!isAdmin && own.length === 0) return <Text>{t('acts.staff.notStaff')}</Text>;
  return (
    <>
      {choices.length > 1 && (
        <NativeSelect
          label={t('acts.maslikhat')}
          value={maslikhatId === null ? '' : String(maslikhatId)}
          onChange={(event) => setChosen(Number(event.currentTarget.value))}
          data={choices.map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') }))}
        />
      )}
      <ActForm
        act={null}
        pending={create.isPending}
        onSubmit={(body, fail) => {
          if (maslikhatId === null) return;
          create.mutate(
            { maslikhatId, body },
            { onSuccess: (act) => void navigate(kPaths.act(act.id)), onError: fail },
          );
        }}
      />
    </>
  );
}

export function NewActPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('acts.staff.new')}>
      <RequireMe>{(me) => <NewAct me={me} />}</RequireMe>
    </Page>
  );
}
