// Settlement and street with suggestions from the server, and a house number.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupAddress } from '../hooks';

// The suggestion boxes (Mantine's Combobox, Popover and floating-ui: ~17 KB gzip) are fetched as
// soon as this module runs but do not hold up the page's first paint: until they are in, the form
// shows the same fields disabled, so nothing moves when they arrive.
const loadCombobox = import('../components/AddressCombobox');
const AddressCombobox = lazy(async () => ({ default: (await loadCombobox).AddressCombobox }));

function FieldPlaceholder({ label, description, required }: { label: string; description: ReactNode; required?: boolean }) {
  return <TextInput label={label} description={description} required={required} disabled />;
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
      <Stack gap="md">
        <Suspense
          fallback={
            <>
              <FieldPlaceholder
                label={t('directory.find.settlement')}
                description={t('directory.find.settlementHint')}
                required
              />
              <FieldPlaceholder label={t('directory.find.street')} description={t('directory.find.streetHint')} />
            </>
          }
        >
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
          />
        </Suspense>
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
