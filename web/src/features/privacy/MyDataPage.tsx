// «Мои данные» (/account/data): what Kenes holds about the signed-in person, the downloads (JSON,
// PDF), withdrawing consent and deleting the account. Before the deletion is confirmed (by typing
// the login) the page lists the appeals that will be kept and why; after it, it says so again.
import { Anchor, Button, Group, List, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import type { Me } from '../../lib/api/types';
import { formatDay, formatMomentDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import {
  kDataJsonUrl,
  kDataPdfUrl,
  useDeleteAccount,
  useMyData,
  useWithdrawConsent,
  type AccountDeleted,
  type KeptAppeal,
  type MyData,
} from './hooks';

function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown) => describeError(t, (key) => i18n.exists(key), error).summary;
}

function KeptList({ kept }: { kept: KeptAppeal[] }) {
  const { t, i18n } = useTranslation();
  return (
    <List data-testid="privacy-kept">
      {kept.map((k) => (
        <List.Item key={k.appeal_id}>
          {k.number}:{' '}
          {k.reason === 'in_consideration'
            ? t('privacy.kept.inConsideration')
            : t('privacy.kept.retention', { date: formatDay(k.keep_until, i18n.language) })}
        </List.Item>
      ))}
    </List>
  );
}

function Held({ data }: { data: MyData }) {
  const { t, i18n } = useTranslation();
  const a = data.account;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="privacy-held-title">
      <Title order={2} size="h3" id="privacy-held-title" mb="sm">
        {t('privacy.held.title')}
      </Title>
      <Stack gap={4}>
        <Text>
          {t('privacy.held.name')}: {a.display_name}
        </Text>
        {a.email !== null && (
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('privacy.held.email')}: {a.email}
          </Text>
        )}
        {a.phone !== null && (
          <Text>
            {t('privacy.held.phone')}: {a.phone}
          </Text>
        )}
        <Text>
          {t('privacy.held.iin')}: {a.iin_masked ?? t('privacy.held.none')}
        </Text>
        <Text>{t('privacy.held.registered', { date: formatMomentDay(a.created_at, i18n.language) })}</Text>
        <Text>{t('privacy.held.appeals', { n: data.appeals.length })}</Text>
        {data.appeals.length > 0 && (
          <List>
            {data.appeals.map((appeal) => (
              <List.Item key={appeal.id}>
                {appeal.number} — {appeal.subject}
              </List.Item>
            ))}
          </List>
        )}
        <Text>{t('privacy.held.bookings', { n: data.bookings.length })}</Text>
        <Text>{t('privacy.held.notifications', { n: data.notifications.length })}</Text>
        <Text>{t('privacy.held.sessions', { n: data.sessions.length })}</Text>
      </Stack>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t('privacy.download.title')}
      </Title>
      <Group>
        <Anchor href={kDataJsonUrl} download="kenes-my-data.json" data-testid="privacy-download-json">
          {t('privacy.download.json')}
        </Anchor>
        <Anchor href={kDataPdfUrl} download="kenes-my-data.pdf">
          {t('privacy.download.pdf')}
        </Anchor>
      </Group>
    </Paper>
  );
}

function Consent({ me, data }: { me: Me; data: MyData }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const withdraw = useWithdrawConsent();
  const [asking, setAsking] = useState(false);
  const current = data.consents.find((c) => c.withdrawn_at === null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="privacy-consent-title">
      <Title order={2} size="h3" id="privacy-consent-title" mb="sm">
        {t('privacy.consent.title')}
      </Title>
      <Text role="status">
        {current
          ? t('privacy.consent.inForce', { version: current.version, date: formatMomentDay(current.given_at, i18n.language) })
          : t('privacy.consent.none')}
      </Text>
      {withdraw.isError && <FormAlert kind="error">{errorText(withdraw.error)}</FormAlert>}
      {me.consent_version !== null &&
        (asking ? (
          <Stack gap="xs" mt="sm">
            <Text>{t('privacy.consent.withdrawWhat')}</Text>
            <Group>
              <Button color="red.8" loading={withdraw.isPending} onClick={() => withdraw.mutate(undefined, { onSuccess: () => setAsking(false) })}>
                {t('privacy.consent.withdrawConfirm')}
              </Button>
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('privacy.back')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button variant="default" mt="sm" onClick={() => setAsking(true)}>
            {t('privacy.consent.withdraw')}
          </Button>
        ))}
    </Paper>
  );
}

function DeleteAccount({ me, data, onDeleted }: { me: Me; data: MyData; onDeleted: (d: AccountDeleted) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useDeleteAccount();
  const [typed, setTyped] = useState('');
  const login = me.email ?? me.phone ?? '';
  const matches = typed.trim().toLowerCase() === login.toLowerCase();
  if (me.is_staff) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="privacy-delete-title">
        <Title order={2} size="h3" id="privacy-delete-title" mb="sm">
          {t('privacy.delete.title')}
        </Title>
        <Text>{t('privacy.delete.staff')}</Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="privacy-delete-title">
      <Title order={2} size="h3" id="privacy-delete-title" mb="sm">
        {t('privacy.delete.title')}
      </Title>
      <Stack gap="xs">
        <Text>{t('privacy.delete.what')}</Text>
        {data.kept_on_deletion.length > 0 ? (
          <>
            <Text fw={600}>{t('privacy.delete.keptBefore')}</Text>
            <KeptList kept={data.kept_on_deletion} />
          </>
        ) : (
          <Text>{t('privacy.delete.nothingKept')}</Text>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) remove.mutate(typed.trim(), { onSuccess: onDeleted });
          }}
        >
          <Stack gap="xs">
            {remove.isError && <FormAlert kind="error">{errorText(remove.error)}</FormAlert>}
            <TextInput
              label={t('privacy.delete.typeLogin', { login })}
              value={typed}
              autoComplete="off"
              onChange={(event) => setTyped(event.currentTarget.value)}
            />
            <div>
              <Button type="submit" color="red.8" disabled={!matches} loading={remove.isPending}>
                {t('privacy.delete.confirm')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

function Deleted({ result }: { result: AccountDeleted }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="privacy-deleted-title" data-testid="privacy-deleted">
      <Title order={2} size="h3" id="privacy-deleted-title" mb="sm">
        {t('privacy.deleted.title')}
      </Title>
      {result.kept.length > 0 ? (
        <>
          <Text>{t('privacy.deleted.kept')}</Text>
          <KeptList kept={result.kept} />
        </>
      ) : (
        <Text>{t('privacy.deleted.nothingKept')}</Text>
      )}
    </Paper>
  );
}

function MyDataSections({ me, onDeleted }: { me: Me; onDeleted: (d: AccountDeleted) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = useMyData();
  if (data.isPending) return <Loader aria-label={t('common.loading')} />;
  if (data.isError) return <FormAlert kind="error">{errorText(data.error)}</FormAlert>;
  return (
    <>
      <Held data={data.data} />
      <Consent me={me} data={data.data} />
      <DeleteAccount me={me} data={data.data} onDeleted={onDeleted} />
    </>
  );
}

export function MyDataPage() {
  const { t } = useTranslation();
  const [deleted, setDeleted] = useState<AccountDeleted | null>(null);
  return (
    <Page title={t('privacy.title')}>
      {deleted ? <Deleted result={deleted} /> : <RequireMe>{(me) => <MyDataSections me={me} onDeleted={setDeleted} />}</RequireMe>}
    </Page>
  );
}
