// Settlement and street with suggestions from the server, and a house number.
import { Autocomplete, Button, Group, Stack, TextInput, type ComboboxParsedItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressName } from '../directory_types';
import { useSettlementSuggestions, useStreetSuggestions, type LookupAddress } from '../hooks';
import { pick } from '../localized';

export type AddressField = 'settlement' | 'street' | 'house';

// The server already matched the text (case, ё and Kazakh letters tolerant): show what it sent.
const keepServerOrder = ({ options }: { options: ComboboxParsedItem[] }) => options;

function optionsOf(items: AddressName[] | undefined, language: string) {
  const seen = new Set<string>();
  const options: { value: string; label: string }[] = [];
  for (const item of items ?? []) {
    const label = pick(language, item.name_kk, item.name_ru);
    if (seen.has(item.key) || label === '') continue;
    seen.add(item.key);
    options.push({ value: item.key, label });
  }
  return options;
}

export function AddressForm({
  initial,
  loading,
  errors,
  onSubmit,
}: {
  initial: LookupAddress;
  loading: boolean;
  errors: Partial<Record<AddressField, string>>;
  onSubmit: (address: LookupAddress) => void;
}) {
  const { t, i18n } = useTranslation();
  const [settlement, setSettlement] = useState(initial.settlement);
  // The suggestion chosen last; its key scopes the street suggestions while the text still matches.
  const [chosen, setChosen] = useState<{ key: string; label: string } | null>(null);
  const [street, setStreet] = useState(initial.street);
  const [house, setHouse] = useState(initial.house);
  const formRef = useRef<HTMLFormElement>(null);

  // A new address in the URL (back/forward) replaces what the form shows.
  useEffect(() => {
    setSettlement(initial.settlement);
    setStreet(initial.street);
    setHouse(initial.house);
  }, [initial.settlement, initial.street, initial.house]);

  // After an error the first invalid field takes the focus.
  // `errors` is a new object only when a new check or answer came.
  useEffect(() => {
    const first = (['settlement', 'street', 'house'] as const).find((field) => errors[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [errors]);

  const [settlementQuery] = useDebouncedValue(settlement.trim(), 200);
  const [streetQuery] = useDebouncedValue(street.trim(), 200);
  const settlementKey = chosen && chosen.label === settlement ? chosen.key : '';
  const streetScope = settlementKey || settlement.trim();
  const settlements = useSettlementSuggestions(settlementQuery, i18n.language);
  const streets = useStreetSuggestions(streetScope, streetQuery, i18n.language);
  // Only suggestions for exactly what is typed now: a stale list would let Enter pick a wrong place.
  const settlementsFresh = settlementQuery === settlement.trim();
  const streetsFresh = streetQuery === street.trim() && streetScope !== '';
  const settlementOptions = optionsOf(settlementsFresh ? settlements.data?.items : [], i18n.language);
  const streetOptions = optionsOf(streetsFresh ? streets.data?.items : [], i18n.language);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ settlement: settlement.trim(), street: street.trim(), house: house.trim() });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('directory.find.form')}>
      <Stack gap="md">
        <Autocomplete
          label={t('directory.find.settlement')}
          description={t('directory.find.settlementHint')}
          name="settlement"
          autoComplete="off"
          required
          value={settlement}
          onChange={setSettlement}
          onOptionSubmit={(key) => {
            const option = settlementOptions.find((o) => o.value === key);
            if (option) setChosen({ key, label: option.label });
          }}
          data={settlementOptions}
          filter={keepServerOrder}
          error={errors.settlement}
          comboboxProps={{ withinPortal: false }}
        />
        <Autocomplete
          label={t('directory.find.street')}
          description={t('directory.find.streetHint')}
          name="street"
          autoComplete="off"
          value={street}
          onChange={setStreet}
          data={streetOptions}
          filter={keepServerOrder}
          error={errors.street}
          comboboxProps={{ withinPortal: false }}
        />
        <TextInput
          label={t('directory.find.house')}
          description={t('directory.find.houseHint')}
          name="house"
          autoComplete="off"
          maxLength={20}
          value={house}
          onChange={(event) => setHouse(event.currentTarget.value)}
          error={errors.house}
          maw={240}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('directory.find.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
