// A text box for a settlement or a street with suggestions the server filters (~200 ms after the
// last key). Only suggestions for exactly the text in the box are shown or pickable: a list for an
// older text would let ↓ Enter typed fast pick a place the person did not mean, and the appeal
// would go to another maslikhat. The first match is highlighted; Enter picks it (when the matches
// are still on their way, as soon as they come) and never submits the form.
import { Combobox, InputBase, Loader, useCombobox } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddressName } from '../directory_types';
import { useSettlementSuggestions, useStreetSuggestions } from '../hooks';
import { localized } from '../localized';

export interface AddressOption {
  key: string;
  label: string;
}

const kDebounceMs = 200;

function optionsOf(items: readonly AddressName[], language: string): AddressOption[] {
  const seen = new Set<string>();
  const options: AddressOption[] = [];
  for (const item of items) {
    const label = localized(language, item, 'name');
    if (seen.has(item.key) || label === '') continue;
    seen.add(item.key);
    options.push({ key: item.key, label });
  }
  return options;
}

/** The suggestions for `text` once the server has answered for exactly it; null until then. */
function useFreshOptions(kind: 'settlement' | 'street', scope: string, text: string, language: string) {
  const query = text.trim();
  const [debounced] = useDebouncedValue(query, kDebounceMs);
  const settlements = useSettlementSuggestions(kind === 'settlement' ? debounced : '', language);
  const streets = useStreetSuggestions(kind === 'street' ? scope : '', kind === 'street' ? debounced : '', language);
  const result = kind === 'settlement' ? settlements : streets;
  if (kind === 'street' && scope.trim() === '') return []; // no settlement yet, no streets to offer
  if (debounced !== query || !result.data) return null;
  return optionsOf(result.data.items, language);
}

export function AddressCombobox({
  kind,
  scope = '',
  value,
  onChange,
  onPick,
  label,
  description,
  name,
  error,
  required = false,
  disabled = false,
  openAtOnce = false,
}: {
  kind: 'settlement' | 'street';
  /** For streets: the settlement (its key, or its text) they belong to. */
  scope?: string;
  value: string;
  onChange: (text: string) => void;
  onPick: (option: AddressOption) => void;
  label: string;
  description?: ReactNode;
  name?: string;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** Its list open from the start: it replaces a plain field one has typed into (find/AddressForm.tsx). */
  openAtOnce?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const combobox = useCombobox({ defaultOpened: openAtOnce });
  const options = useFreshOptions(kind, scope, value, i18n.language);
  // The highlighted option belongs to one list: a new list starts again at its first match.
  const listKey = options === null ? null : `${value.trim()}\u0000${options.map((o) => o.key).join('\u0000')}`;
  const [highlight, setHighlight] = useState<{ listKey: string | null; index: number }>({ listKey: null, index: 0 });
  const active = options && options.length > 0 ? (highlight.listKey === listKey ? highlight.index : 0) : -1;
  // Enter pressed before the matches for the typed text arrived: pick the first one when they do.
  const [pendingEnter, setPendingEnter] = useState(false);

  function pick(option: AddressOption) {
    setPendingEnter(false);
    combobox.closeDropdown();
    onPick(option);
  }

  useEffect(() => {
    if (!pendingEnter || options === null) return;
    setPendingEnter(false);
    const first = options[0];
    if (first) {
      combobox.closeDropdown();
      onPick(first);
    }
  }, [pendingEnter, options, combobox, onPick]);

  function move(step: number) {
    if (!combobox.dropdownOpened) {
      combobox.openDropdown('keyboard');
      return;
    }
    if (!options || options.length === 0) return;
    const next = (active + step + options.length) % options.length;
    setHighlight({ listKey, index: next });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      // Enter in this box chooses a place; sending the form is the button's job.
      event.preventDefault();
      const option = options && active >= 0 ? options[active] : undefined;
      if (option && combobox.dropdownOpened) pick(option);
      else if (options === null && value.trim() !== '') setPendingEnter(true);
    } else if (event.key === 'Escape') {
      setPendingEnter(false);
      combobox.closeDropdown('keyboard');
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  let dropdown: ReactNode;
  if (options === null) {
    dropdown = (
      <Combobox.Empty>
        <Loader size="xs" mr="xs" aria-hidden />
        {t('directory.suggest.searching')}
      </Combobox.Empty>
    );
  } else if (options.length === 0) {
    dropdown = <Combobox.Empty>{t('directory.suggest.nothingFound')}</Combobox.Empty>;
  } else {
    dropdown = options.map((option, index) => (
      <Combobox.Option
        key={option.key}
        id={optionId(index)}
        value={option.key}
        selected={index === active}
        aria-selected={index === active}
      >
        {option.label}
      </Combobox.Option>
    ));
  }

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(key) => {
        const option = options?.find((o) => o.key === key);
        if (option) pick(option);
      }}
      withinPortal={false}
    >
      <Combobox.Target
        withKeyboardNavigation={false}
        withExpandedAttribute
        aria-activedescendant={combobox.dropdownOpened && active >= 0 ? optionId(active) : undefined}
      >
        <InputBase
          id={id}
          label={label}
          description={description}
          name={name}
          required={required}
          disabled={disabled}
          error={error}
          value={value}
          autoComplete="off"
          onChange={(event) => {
            setPendingEnter(false);
            onChange(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setPendingEnter(false);
            combobox.closeDropdown();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options aria-label={label}>{dropdown}</Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
