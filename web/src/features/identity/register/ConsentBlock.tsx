import { Checkbox, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConsentSections, type ConsentTextData } from '../consent/ConsentText';

export function ConsentBlock({
  text,
  checked,
  onChange,
  error,
}: {
  text: ConsentTextData | undefined;
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
      {text ? <ConsentSections text={text} id="consent-text" /> : <Text size="sm">{t('common.loading')}</Text>}
      {text && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('register.consentVersion', { version: text.version })}
        </Text>
      )}
      <Checkbox
        mt="sm"
        name="consent"
        label={t('register.consentCheckbox')}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        error={error}
        aria-describedby={text ? 'consent-text' : undefined}
        aria-invalid={error ? true : undefined}
      />
    </Paper>
  );
}
