// A searchable select whose options come from the server (settlements or streets of one).
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AddressName, localized, useSettlementSuggestions, useStreetSuggestions } from '../../directory';

export interface Picked {
  key: string;
  label: string;
}

function useItems(kind: 'settlement' | 'street', settlement: string | null, q: string, language: string) {
  const settlements = useSettlementSuggestions(kind === 'settlement' ? q : '', language);
  const streets = useStreetSuggestions(kind === 'street' ? (settlement ?? '') : '', kind === 'street' ? q : '', language);
  return (kind === 'settlement' ? settlements : streets).data?.items ?? [];
}

export function AddressSelect({
  kind,
  settlement = null,
  label,
  value,
  onChange,
  error,
  required = false,
  disabled = false,
}: {
  kind: 'settlement' | 'street';
  settlement?: string | null;
  label: string;
  value: Picked | null;
  onChange: (value: Picked | null) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState(value?.label ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  // The server matches case-, ё- and Kazakh-letter-insensitively; a picked label is not a query.
  const query = value && debounced === value.label ? '' : debounced;
  const items = useItems(kind, settlement, query, i18n.language);
  const options = items.map((item: AddressName) => ({ value: item.key, label: localized(i18n.language, item, 'name') }));
  if (value && !options.some((option) => option.value === value.key)) options.unshift({ value: value.key, label: value.label });
  return (
    <Select
      label={label}
      required={required}
      disabled={disabled}
      searchable
      clearable
      value={value?.key ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(key, option) => onChange(key && option ? { key, label: option.label } : null)}
      data={options}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim() === '' ? t('appeals.addressee.typeToSearch') : t('appeals.addressee.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      clearButtonProps={{ 'aria-label': t('common.close') }}
      autoComplete="off"
    />
  );
}
