// /sittings/new: the maslikhat's staff announce a sitting — number in the convocation, kind, open
// or closed (a closed one at least 3 working days ahead: the server checks the production
// calendar), day, time, place, broadcast link, and the agenda item by item — or a meeting of one
// of the maslikhat's commissions (its members attend; more than half of them make a quorum).
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import type { Me } from '../../lib/api/types';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { staffMaslikhatIds } from '../../lib/roles';
import { localized, useMaslikhatCommissions, useMaslikhats } from '../directory';
import { useCreateSitting } from './hooks';

interface Item {
  key: number;
  title_kk: string;
  title_ru: string;
  rapporteur: string;
}

const kFields = ['convocation', 'number', 'held_on', 'starts_at', 'place', 'broadcast_url', 'agenda', 'commission_id'] as const;

function NewSitting({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const maslikhats = useMaslikhats();
  const isAdmin = me.roles.some((r) => r.role === 'admin');
  const own = staffMaslikhatIds(me);
  const choices = (maslikhats.data?.items ?? []).filter((m) => isAdmin || own.includes(m.id));
  const [chosen, setChosen] = useState<number | null>(null);
  const maslikhatId = chosen ?? choices[0]?.id ?? null;
  const commissions = useMaslikhatCommissions(maslikhatId);
  const [body, setBody] = useState(''); // '' — a session of the maslikhat; else a commission's id
  const [v, setV] = useState({ convocation: '8', number: '', kind: 'regular', held_on: '', starts_at: '10:00', place: '', broadcast_url: '' });
  const [closed, setClosed] = useState(false);
  const [items, setItems] = useState<Item[]>([{ key: 1, title_kk: '', title_ru: '', rapporteur: '' }]);
  const errors = useFormErrors(kFields);
  const create = useCreateSitting();
  if (!isAdmin && own.length === 0) return <Text>{t('sittings.staff.notStaff')}</Text>;
  const text = (field: keyof typeof v) => ({
    name: field,
    value: v[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setV((current) => ({ ...current, [field]: value }));
    },
    error: errors.fields[field],
  });
  const setItem = (key: number, field: 'title_kk' | 'title_ru' | 'rapporteur', value: string) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, [field]: value } : item)));
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={t('sittings.staff.new')}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        if (!/^\d{1,2}$/.test(v.convocation)) problems.convocation = 'invalid';
        if (!/^\d{1,3}$/.test(v.number)) problems.number = v.number === '' ? 'required' : 'invalid';
        if (v.held_on === '') problems.held_on = 'required';
        if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v.starts_at)) problems.starts_at = 'invalid';
        if (v.place.trim() === '') problems.place = 'required';
        if (!errors.check(problems) || maslikhatId === null) return;
        const agenda = items
          .filter((i) => i.title_kk.trim() !== '' || i.title_ru.trim() !== '')
          .map((i) => ({ title_kk: i.title_kk.trim() || i.title_ru.trim(), title_ru: i.title_ru.trim() || i.title_kk.trim(), rapporteur: i.rapporteur.trim() }));
        create.mutate(
          {
            maslikhatId,
            body: {
              convocation: Number(v.convocation),
              number: Number(v.number),
              kind: v.kind === 'extraordinary' ? 'extraordinary' : 'regular',
              closed,
              held_on: v.held_on,
              starts_at: v.starts_at,
              place: v.place.trim(),
              broadcast_url: v.broadcast_url.trim(),
              agenda,
              ...(body ? { commission_id: Number(body) } : {}),
            },
          },
          { onSuccess: (s) => void navigate(`/sittings/${String(s.id)}`), onError: (e) => errors.fromError(e) },
        );
      }}
    >
      <Stack gap="md">
        {choices.length > 1 && (
          <NativeSelect
            label={t('sittings.maslikhat')}
            value={maslikhatId === null ? '' : String(maslikhatId)}
            onChange={(event) => {
              setChosen(Number(event.currentTarget.value));
              setBody('');
            }}
            data={choices.map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') }))}
          />
        )}
        <NativeSelect
          label={t('sittings.staff.body')}
          description={t('sittings.staff.bodyHint')}
          name="commission_id"
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          data={[
            { value: '', label: t('sittings.staff.session') },
            ...(commissions.data?.items ?? []).map((c) => ({ value: String(c.id), label: t('sittings.staff.commissionMeeting', { name: localized(i18n.language, c, 'name') }) })),
          ]}
          error={errors.fields.commission_id}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('sittings.staff.convocation')} inputMode="numeric" maxLength={2} required {...text('convocation')} />
          <TextInput label={t('sittings.staff.number')} inputMode="numeric" maxLength={3} required {...text('number')} />
          <NativeSelect
            label={t('sittings.staff.kind')}
            {...text('kind')}
            data={[
              { value: 'regular', label: t('sittings.kind.regular') },
              { value: 'extraordinary', label: t('sittings.kind.extraordinary') },
            ]}
          />
          <DateField
            label={t('sittings.staff.day')}
            required
            name="held_on"
            value={v.held_on}
            onChange={(value) => setV((current) => ({ ...current, held_on: value }))}
            error={errors.fields.held_on}
          />
          <TextInput label={t('sittings.staff.time')} maxLength={5} required {...text('starts_at')} />
          <TextInput label={t('sittings.staff.place')} maxLength={500} required {...text('place')} />
          <TextInput label={t('sittings.staff.broadcast')} type="url" maxLength={2000} {...text('broadcast_url')} />
        </SimpleGrid>
        <Checkbox
          label={t('sittings.staff.closed')}
          description={t('sittings.staff.closedHint')}
          checked={closed}
          onChange={(event) => setClosed(event.currentTarget.checked)}
        />
        <Fieldset legend={t('sittings.agenda')}>
          <Stack gap="md">
            {items.map((item, i) => (
              <Fieldset key={item.key} legend={t('sittings.staff.itemN', { n: i + 1 })} variant="unstyled">
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                  <TextInput label={t('sittings.staff.titleKk')} lang="kk" maxLength={1000} value={item.title_kk} onChange={(e) => setItem(item.key, 'title_kk', e.currentTarget.value)} />
                  <TextInput label={t('sittings.staff.titleRu')} lang="ru" maxLength={1000} value={item.title_ru} onChange={(e) => setItem(item.key, 'title_ru', e.currentTarget.value)} />
                  <TextInput label={t('sittings.staff.rapporteur')} maxLength={300} value={item.rapporteur} onChange={(e) => setItem(item.key, 'rapporteur', e.currentTarget.value)} />
                </SimpleGrid>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() => setItems((current) => [...current, { key: (current.at(-1)?.key ?? 0) + 1, title_kk: '', title_ru: '', rapporteur: '' }])}
              >
                {t('sittings.staff.addItem')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('sittings.staff.announce')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewSittingPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('sittings.staff.new')}>
      <RequireMe>{(me) => <NewSitting me={me} />}</RequireMe>
    </Page>
  );
}
