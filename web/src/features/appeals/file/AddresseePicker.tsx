// Who the appeal goes to: my deputy (found by address, or given by ?deputy_id=), a commission of a
// maslikhat, or a maslikhat.
import { Button, Fieldset, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, useMaslikhats } from '../../directory';
import type { Addressee, AddresseeKind } from './appeal_input';
import { AddressSearch } from './AddressSearch';
import { CommissionChoice } from './CommissionChoice';

export type { AddresseeKind };

const kKinds = ['deputy', 'commission', 'maslikhat'] as const;

function MaslikhatChoice({
  value,
  onChange,
  error,
}: {
  value: Addressee | null;
  onChange: (value: Addressee | null) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const items = maslikhats.data?.items ?? [];
  return (
    <NativeSelect
      label={t('appeals.addressee.maslikhatSelect')}
      name="maslikhat_id"
      required
      value={value?.kind === 'maslikhat' ? String(value.maslikhatId) : ''}
      onChange={(event) => {
        const found = items.find((m) => String(m.id) === event.currentTarget.value);
        onChange(found ? { kind: 'maslikhat', maslikhatId: found.id, label: localized(i18n.language, found, 'name') } : null);
      }}
      data={[
        { value: '', label: '—' },
        ...items.map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
      ]}
      error={error}
    />
  );
}

export function AddresseePicker({
  kind,
  onKindChange,
  value,
  onChange,
  commissionMaslikhat,
  onCommissionMaslikhatChange,
  errors,
}: {
  kind: AddresseeKind;
  onKindChange: (kind: AddresseeKind) => void;
  value: Addressee | null;
  onChange: (value: Addressee | null) => void;
  /** The maslikhat whose commissions are offered, before a commission is chosen. */
  commissionMaslikhat: number | null;
  onCommissionMaslikhatChange: (id: number | null) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  // A deputy given in the link is shown as chosen; "choose another" opens the address search.
  const [searching, setSearching] = useState(value === null);
  return (
    <Fieldset legend={t('appeals.addressee.legend')}>
      <Stack gap="md">
        <Group gap="lg">
          {kKinds.map((option) => (
            <Radio
              key={option}
              name="addressee"
              value={option}
              checked={kind === option}
              onChange={() => {
                onKindChange(option);
                // A deputy already found by address tells whose commissions to offer.
                if (option === 'commission' && commissionMaslikhat === null && value) {
                  onCommissionMaslikhatChange(value.maslikhatId);
                }
                if (value?.kind !== option) onChange(null);
                setSearching(true);
              }}
              label={t(`appeals.addressee.${option}`)}
            />
          ))}
        </Group>
        {kind === 'deputy' && searching && (
          <AddressSearch
            chosenDeputyId={value?.kind === 'deputy' ? value.deputyId : null}
            onChoose={(addressee) => {
              if (addressee.kind === 'maslikhat') onKindChange('maslikhat');
              onChange(addressee);
            }}
            error={errors.deputy_id}
          />
        )}
        {kind === 'commission' && (
          <CommissionChoice
            maslikhatId={commissionMaslikhat}
            onMaslikhatChange={onCommissionMaslikhatChange}
            value={value}
            onChange={onChange}
            errors={errors}
          />
        )}
        {kind === 'maslikhat' && <MaslikhatChoice value={value} onChange={onChange} error={errors.maslikhat_id} />}
        <div aria-live="polite">
          {value && (
            <Group gap="sm" justify="space-between" wrap="wrap">
              <Text fw={700} data-testid="addressee-chosen">
                {t('appeals.addressee.chosen', { name: value.label })}
              </Text>
              {kind === 'deputy' && !searching && (
                <Button variant="subtle" size="compact-md" onClick={() => setSearching(true)}>
                  {t('appeals.addressee.change')}
                </Button>
              )}
            </Group>
          )}
        </div>
      </Stack>
    </Fieldset>
  );
}
