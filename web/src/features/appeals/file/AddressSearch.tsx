// Find my deputy by address: settlement, street and house → the deputies whose okrugs cover it.
// With no covering okrug, the maslikhats of the settlement are offered instead.
import { Button, Group, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { deputyName, localName, useAddressLookup, type LookupInput } from '../directory_reads';
import type { Addressee } from './appeal_input';
import { AddressSelect, type Picked } from './AddressSelect';

export function AddressSearch({
  chosenDeputyId,
  onChoose,
  error,
}: {
  chosenDeputyId: number | null;
  onChoose: (addressee: Addressee) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation();
  const [settlement, setSettlement] = useState<Picked | null>(null);
  const [street, setStreet] = useState<Picked | null>(null);
  const [house, setHouse] = useState('');
  const [lookup, setLookup] = useState<LookupInput | null>(null);
  const result = useAddressLookup(lookup);
  const language = i18n.language;

  function find() {
    if (!settlement) return;
    setLookup({ settlement: settlement.key, street: street?.key ?? '', house: house.trim() });
  }
  function onHouseKey(event: KeyboardEvent<HTMLInputElement>) {
    // Enter here looks the address up instead of sending the whole appeal.
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  }

  const options =
    result.data?.matches.flatMap((match) =>
      match.deputies.map((deputy) => ({
        deputy,
        label: t('appeals.addressee.deputyOption', {
          name: deputyName(deputy, language),
          okrug: localName(match.okrug, language),
          maslikhat: localName(match.maslikhat, language),
        }),
      })),
    ) ?? [];

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('appeals.addressee.findTitle')}</Text>
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
          {t('appeals.addressee.find')}
        </Button>
      </div>
      <div aria-live="polite">
        {result.isFetching && <Loader size="sm" aria-label={t('common.loading')} />}
        {result.isError && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), result.error).summary}</FormAlert>
        )}
        {result.isSuccess && options.length > 0 && (
          <Radio.Group
            label={t('appeals.addressee.matches')}
            value={chosenDeputyId === null ? '' : String(chosenDeputyId)}
            onChange={(value) => {
              const found = options.find((option) => String(option.deputy.id) === value);
              if (found) {
                onChoose({
                  kind: 'deputy',
                  deputyId: found.deputy.id,
                  maslikhatId: found.deputy.maslikhat_id,
                  label: deputyName(found.deputy, language),
                });
              }
            }}
          >
            <Stack gap="xs" mt="xs">
              {options.map((option) => (
                <Radio key={option.deputy.id} value={String(option.deputy.id)} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {result.isSuccess && options.length === 0 && (
          <Stack gap="xs">
            <Text>{t('appeals.addressee.noMatches')}</Text>
            <Group gap="xs">
              {result.data.contacts.map((maslikhat) => (
                <Button
                  key={maslikhat.id}
                  variant="default"
                  size="sm"
                  onClick={() =>
                    onChoose({ kind: 'maslikhat', maslikhatId: maslikhat.id, label: localName(maslikhat, language) })
                  }
                >
                  {localName(maslikhat, language)}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
      </div>
    </Stack>
  );
}
