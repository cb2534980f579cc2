// Settlement, street and house → the okrugs and maslikhats that cover the address. What to offer
// from the result (deputies or maslikhats) is up to the caller.
import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { type AddressLookup as LookupResult, type LookupAddress, useAddressLookup } from '../../directory';
import { AddressSelect, type Picked } from './AddressSelect';

export function AddressLookup({
  title,
  findLabel,
  error,
  children,
}: {
  title: string;
  findLabel: string;
  /** Shown on the settlement field, the first one to fill. */
  error?: string;
  children: (result: LookupResult) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [settlement, setSettlement] = useState<Picked | null>(null);
  const [street, setStreet] = useState<Picked | null>(null);
  const [house, setHouse] = useState('');
  const [lookup, setLookup] = useState<LookupAddress | null>(null);
  const result = useAddressLookup(lookup);
  // The button is disabled while it searches, which drops the focus on <body>: once the answer is
  // in, the focus goes to it (and the live region reads it out).
  const resultRef = useRef<HTMLDivElement>(null);
  const [focusWanted, setFocusWanted] = useState(false);
  useEffect(() => {
    if (!focusWanted || result.isFetching || !(result.isSuccess || result.isError)) return;
    setFocusWanted(false);
    resultRef.current?.focus();
  }, [focusWanted, result.isFetching, result.isSuccess, result.isError]);

  function find() {
    if (!settlement) return;
    setLookup({ settlement: settlement.key, street: street?.key ?? '', house: house.trim() });
    setFocusWanted(true);
  }
  function onHouseKey(event: KeyboardEvent<HTMLInputElement>) {
    // Enter here looks the address up instead of sending the whole appeal.
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  }

  return (
    <Stack gap="sm">
      <Text fw={600}>{title}</Text>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 14rem' }}>
          <AddressSelect
            kind="settlement"
            label={t('appeals.addressee.settlement')}
            value={settlement}
            required
            error={error}
            onChange={(value) => {
              setSettlement(value);
              setStreet(null);
              setLookup(null);
            }}
          />
        </div>
        <div style={{ flex: '1 1 14rem' }}>
          <AddressSelect
            key={settlement?.key ?? 'none'}
            kind="street"
            settlement={settlement?.key ?? null}
            disabled={!settlement}
            label={t('appeals.addressee.street')}
            value={street}
            onChange={(value) => {
              setStreet(value);
              setLookup(null);
            }}
          />
        </div>
        <TextInput
          label={t('appeals.addressee.house')}
          value={house}
          maxLength={20}
          autoComplete="off"
          onChange={(event) => setHouse(event.currentTarget.value)}
          onKeyDown={onHouseKey}
          style={{ flex: '0 1 8rem' }}
        />
      </Group>
      <div>
        <Button variant="default" onClick={find} disabled={!settlement} loading={result.isFetching}>
          {findLabel}
        </Button>
      </div>
      <div ref={resultRef} tabIndex={-1} role="group" aria-label={t('appeals.addressee.results')} aria-live="polite">
        {result.isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
        {result.isError && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), result.error).summary}</FormAlert>
        )}
        {result.isSuccess && children(result.data)}
      </div>
    </Stack>
  );
}
