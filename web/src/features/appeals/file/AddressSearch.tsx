// Find my deputy by address: the deputies whose okrugs cover it. With no covering okrug, the
// maslikhats of the settlement are offered instead.
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AddressLookup as LookupResult, deputyName, localized } from '../../directory';
import { AddressLookup } from './AddressLookup';
import type { Addressee } from './appeal_input';

function DeputyMatches({
  result,
  chosenDeputyId,
  onChoose,
}: {
  result: LookupResult;
  chosenDeputyId: number | null;
  onChoose: (addressee: Addressee) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const options = result.matches.flatMap((match) =>
    match.deputies.map((deputy) => ({
      deputy,
      label: t('appeals.addressee.deputyOption', {
        name: deputyName(language, deputy),
        okrug: localized(language, match.okrug, 'name'),
        maslikhat: localized(language, match.maslikhat, 'name'),
      }),
    })),
  );
  if (options.length === 0) {
    return (
      <Stack gap="xs">
        <Text>{t('appeals.addressee.noMatches')}</Text>
        <Group gap="xs">
          {result.contacts.map((maslikhat) => (
            <Button
              key={maslikhat.id}
              variant="default"
              size="sm"
              onClick={() => onChoose({ kind: 'maslikhat', maslikhatId: maslikhat.id, label: localized(language, maslikhat, 'name') })}
            >
              {localized(language, maslikhat, 'name')}
            </Button>
          ))}
        </Group>
      </Stack>
    );
  }
  return (
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
            label: deputyName(language, found.deputy),
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
  );
}

export function AddressSearch({
  chosenDeputyId,
  onChoose,
  error,
}: {
  chosenDeputyId: number | null;
  onChoose: (addressee: Addressee) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <AddressLookup title={t('appeals.addressee.findTitle')} findLabel={t('appeals.addressee.find')} error={error}>
      {(result) => <DeputyMatches result={result} chosenDeputyId={chosenDeputyId} onChoose={onChoose} />}
    </AddressLookup>
  );
}
