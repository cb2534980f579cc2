// Writing to a commission: first its maslikhat (found by address or picked from the list), then
// one of that maslikhat's commissions by name.
import { Loader, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AddressLookup as LookupResult, localized, type Maslikhat, useMaslikhatCommissions, useMaslikhats } from '../../directory';
import { AddressLookup } from './AddressLookup';
import type { Addressee } from './appeal_input';

/** The maslikhats covering the address: those of its okrugs, else those of the settlement. */
export function maslikhatsOf(result: LookupResult): Maslikhat[] {
  const seen = new Map<number, Maslikhat>();
  for (const m of [...result.matches.map((match) => match.maslikhat), ...result.contacts]) {
    if (!seen.has(m.id)) seen.set(m.id, m);
  }
  return [...seen.values()];
}

function MaslikhatMatches({
  result,
  chosen,
  onChoose,
}: {
  result: LookupResult;
  chosen: number | null;
  onChoose: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const found = maslikhatsOf(result);
  if (found.length === 0) return <Text>{t('appeals.addressee.noMaslikhat')}</Text>;
  return (
    <Radio.Group
      label={t('appeals.addressee.maslikhatMatches')}
      value={chosen === null ? '' : String(chosen)}
      onChange={(value) => onChoose(Number(value))}
    >
      <Stack gap="xs" mt="xs">
        {found.map((m) => (
          <Radio key={m.id} value={String(m.id)} label={localized(i18n.language, m, 'name')} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function Commissions({
  maslikhat,
  value,
  onChange,
  error,
}: {
  maslikhat: Maslikhat;
  value: Addressee | null;
  onChange: (value: Addressee | null) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const commissions = useMaslikhatCommissions(maslikhat.id);
  if (commissions.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  const items = commissions.data?.items ?? [];
  if (items.length === 0) return <Text>{t('appeals.addressee.noCommissions')}</Text>;
  return (
    <Radio.Group
      label={t('appeals.addressee.commissionSelect')}
      name="commission_id"
      withAsterisk
      value={value?.kind === 'commission' ? String(value.commissionId) : ''}
      onChange={(next) => {
        const found = items.find((c) => String(c.id) === next);
        if (!found) return;
        onChange({
          kind: 'commission',
          commissionId: found.id,
          maslikhatId: maslikhat.id,
          label: t('appeals.addressee.commissionOf', {
            commission: localized(language, found, 'name'),
            maslikhat: localized(language, maslikhat, 'name'),
          }),
        });
      }}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {items.map((c, index) => (
          <Radio
            key={c.id}
            value={String(c.id)}
            label={localized(language, c, 'name')}
            description={language === 'kk' ? c.remit_kk || c.remit_ru : c.remit_ru || c.remit_kk}
            aria-invalid={error !== undefined && index === 0 ? true : undefined}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function CommissionChoice({
  maslikhatId,
  onMaslikhatChange,
  value,
  onChange,
  errors,
}: {
  maslikhatId: number | null;
  onMaslikhatChange: (id: number | null) => void;
  value: Addressee | null;
  onChange: (value: Addressee | null) => void;
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const all = maslikhats.data?.items ?? [];
  const maslikhat = all.find((m) => m.id === maslikhatId) ?? null;

  function choose(id: number | null) {
    onMaslikhatChange(id);
    if (value?.kind === 'commission' && value.maslikhatId !== id) onChange(null);
  }

  return (
    <Stack gap="md">
      <Text>{t('appeals.addressee.commissionIntro')}</Text>
      <AddressLookup title={t('appeals.addressee.findMaslikhatTitle')} findLabel={t('appeals.addressee.findMaslikhat')}>
        {(result) => <MaslikhatMatches result={result} chosen={maslikhatId} onChoose={choose} />}
      </AddressLookup>
      <NativeSelect
        label={t('appeals.addressee.maslikhatSelect')}
        description={t('appeals.addressee.maslikhatFromList')}
        name="maslikhat_id"
        required
        value={maslikhatId === null ? '' : String(maslikhatId)}
        onChange={(event) => {
          const id = event.currentTarget.value;
          choose(id === '' ? null : Number(id));
        }}
        data={[{ value: '', label: '—' }, ...all.map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') }))]}
        error={errors.maslikhat_id}
      />
      {maslikhat && <Commissions maslikhat={maslikhat} value={value} onChange={onChange} error={errors.commission_id} />}
    </Stack>
  );
}
