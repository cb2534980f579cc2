// Co-signatories of a collective appeal: name + address rows, added and removed by buttons.
import { Button, CloseButton, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cosigner } from '../types';

export function CosignersField({
  rows,
  onChange,
  error,
}: {
  rows: Cosigner[];
  onChange: (rows: Cosigner[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<Cosigner>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={t('appeals.form.cosigners')} variant="unstyled" aria-describedby={error ? 'cosigners-error' : undefined}>
      <Stack gap="sm">
        {rows.map((row, index) => {
          const n = index + 1;
          return (
            <Group key={index} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('appeals.form.cosignerName', { n })}
                value={row.name}
                maxLength={300}
                autoComplete="off"
                onChange={(event) => set(index, { name: event.currentTarget.value })}
                aria-invalid={error !== undefined && index === 0 ? true : undefined}
                style={{ flex: '1 1 12rem' }}
              />
              <TextInput
                label={t('appeals.form.cosignerAddress', { n })}
                value={row.address ?? ''}
                maxLength={300}
                autoComplete="off"
                onChange={(event) => set(index, { address: event.currentTarget.value })}
                style={{ flex: '1 1 12rem' }}
              />
              {rows.length > 1 && (
                <CloseButton
                  size="lg"
                  aria-label={t('appeals.form.removeCosigner', { n })}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                />
              )}
            </Group>
          );
        })}
        {error && (
          <Text id="cosigners-error" c="red.9" size="sm">
            {error}
          </Text>
        )}
        <div>
          <Button variant="default" size="sm" onClick={() => onChange([...rows, { name: '', address: '' }])}>
            {t('appeals.form.addCosigner')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
