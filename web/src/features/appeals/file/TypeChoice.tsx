// The six appeal types as radio buttons, each with a one-line hint.
import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kAppealTypes, type AppealType } from '../types';

export function TypeChoice({
  value,
  onChange,
  error,
}: {
  value: AppealType | null;
  onChange: (value: AppealType) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('appeals.form.type')}
      name="type"
      value={value ?? ''}
      onChange={(next) => {
        const found = kAppealTypes.find((type) => type === next);
        if (found) onChange(found);
      }}
      error={error}
      withAsterisk
    >
      <Stack gap="sm" mt="xs">
        {kAppealTypes.map((type, index) => (
          <Radio
            key={type}
            value={type}
            label={t(`appeals.type.${type}`)}
            description={t(`appeals.typeHint.${type}`)}
            aria-invalid={error !== undefined && index === 0 ? true : undefined}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
