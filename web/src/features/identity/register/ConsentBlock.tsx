import { Checkbox, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ConsentBlock({
  version,
  checked,
  onChange,
  error,
}: {
  version: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="consent-title">
      <Title order={2} size="h5" id="consent-title" mb="xs">
        {t('register.consentTitle')}
      </Title>
      <Text size="sm" id="consent-text" className="consent-text">
        {t('register.consentText')}
      </Text>
      {version && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('register.consentVersion', { version })}
        </Text>
      )}
      <Checkbox
        mt="sm"
        name="consent"
        label={t('register.consentCheckbox')}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        error={error}
        aria-describedby="consent-text"
        aria-invalid={error ? true : undefined}
      />
    </Paper>
  );
}
