// Settlement and street with suggestions from the server, and a house number.
import { Button, TextInput } from '@mantine/core';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Column } from '../../../components/plain';
import type { LookupAddress } from '../hooks';

// The suggestion boxes (Mantine's Combobox, Popover and floating-ui: ~10 KB gzip) are fetched and
// drawn only once one of the two fields takes the focus: rendering them was the longest task of the
// page's load on a slow phone (docs/benchmarks.md). Until then each is a text box of the same look,
// label and name, in which one can already type; when the boxes arrive, the one that had the focus
// takes it over, with the text typed so far.
// Not lazy() under Suspense: its fallback would be new fields, and the focus and the keys typed
// while the code comes would be lost. The plain fields stay until the code is in, then the boxes
// take their place at once.
type Combobox = (typeof import('../components/AddressCombobox'))['AddressCombobox'];
let loaded: Combobox | null = null;
const loadCombobox = async (): Promise<Combobox> =>
  (loaded ??= (await import('../components/AddressCombobox')).AddressCombobox);

function PlainAddressField({
  label,
  description,
  name,
  required,
  value,
  error,
  onChange,
  onFocus,
  onBlur,
}: {
  label: string;
  description: ReactNode;
  name: 'settlement' | 'street';
  required?: boolean;
  value: string;
  error?: ReactNode;
  onChange: (text: string) => void;
  onFocus: () => void;
  onBlur: (input: HTMLInputElement) => void;
}) {
  return (
    <TextInput
      label={label}
      description={description}
      name={name}
      required={required}
      value={value}
      error={error}
      autoComplete="off"
      // What it becomes once focused: a combobox whose list is closed.
      role="combobox"
      aria-expanded={false}
      aria-autocomplete="list"
      onChange={(event) => onChange(event.currentTarget.value)}
      onFocus={onFocus}
      onBlur={(event) => onBlur(event.currentTarget)}
    />
  );
}

/** Gives the focus to the box that replaced the plain field `field` had (once, as the boxes mount). */
function TakeOverFocus({ form, field }: { form: RefObject<HTMLFormElement | null>; field: RefObject<string | null> }) {
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!field.current || (active && active !== document.body)) return;
    const input = form.current?.querySelector<HTMLInputElement>(`input[name="${field.current}"]`);
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, [form, field]);
  return null;
}

export type AddressField = 'settlement' | 'street' | 'house';

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
  const { t } = useTranslation();
  const [settlement, setSettlement] = useState(initial.settlement);
  // The suggestion chosen last; its key scopes the street suggestions while the text still matches.
  const [chosen, setChosen] = useState<{ key: string; label: string } | null>(null);
  const [street, setStreet] = useState(initial.street);
  const [house, setHouse] = useState(initial.house);
  const formRef = useRef<HTMLFormElement>(null);
  // The suggestion boxes once their code is in (a field was focused), and which plain field has the focus.
  const [AddressCombobox, setAddressCombobox] = useState<Combobox | null>(() => loaded);
  const focusedField = useRef<string | null>(null);
  const plainFocus = (field: 'settlement' | 'street') => () => {
    focusedField.current = field;
    loadCombobox().then(
      (component) => setAddressCombobox(() => component),
      () => undefined, // no suggestions: the plain fields still send the form
    );
  };
  // Cleared a moment later, and only while the field is still on the page: when the boxes replace it,
  // the focus is to follow.
  const plainBlur = (input: HTMLInputElement) =>
    queueMicrotask(() => {
      if (input.isConnected) focusedField.current = null;
    });

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

  const settlementKey = chosen && chosen.label === settlement ? chosen.key : '';
  const streetScope = settlementKey || settlement.trim();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ settlement: settlement.trim(), street: street.trim(), house: house.trim() });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('directory.find.form')}>
      <Column gap="md">
        {(() => {
          const plain = (
            <>
              <PlainAddressField
                label={t('directory.find.settlement')}
                description={t('directory.find.settlementHint')}
                name="settlement"
                required
                value={settlement}
                error={errors.settlement}
                onChange={setSettlement}
                onFocus={plainFocus('settlement')}
                onBlur={plainBlur}
              />
              <PlainAddressField
                label={t('directory.find.street')}
                description={t('directory.find.streetHint')}
                name="street"
                value={street}
                error={errors.street}
                onChange={setStreet}
                onFocus={plainFocus('street')}
                onBlur={plainBlur}
              />
            </>
          );
          if (!AddressCombobox) return plain;
          return (
            <>
              <AddressCombobox
                kind="settlement"
                label={t('directory.find.settlement')}
                description={t('directory.find.settlementHint')}
                name="settlement"
                required
                value={settlement}
                onChange={setSettlement}
                onPick={(option) => {
                  setSettlement(option.label);
                  setChosen(option);
                }}
                error={errors.settlement}
                openAtOnce={focusedField.current === 'settlement' && settlement.trim() !== ''}
              />
              <AddressCombobox
                kind="street"
                scope={streetScope}
                label={t('directory.find.street')}
                description={t('directory.find.streetHint')}
                name="street"
                value={street}
                onChange={setStreet}
                onPick={(option) => setStreet(option.label)}
                error={errors.street}
                openAtOnce={focusedField.current === 'street' && street.trim() !== ''}
              />
              <TakeOverFocus form={formRef} field={focusedField} />
            </>
          );
        })()}
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
        <div>
          <Button type="submit" loading={loading}>
            {t('directory.find.submit')}
          </Button>
        </div>
      </Column>
    </form>
  );
}
