// Channel, time of receipt and the applicant (or the anonymous / crime-or-threat flags).
import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../../components/DateField';
import { kStaffChannels } from '../types';
import type { ApplicantInput } from './applicant_input';

export function ApplicantFields({
  input,
  onChange,
  errors,
}: {
  input: ApplicantInput;
  onChange: (patch: Partial<ApplicantInput>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={t('appeals.register.channel')}
          name="channel"
          value={input.channel}
          onChange={(event) => {
            const channel = kStaffChannels.find((c) => c === event.currentTarget.value);
            if (channel) onChange({ channel });
          }}
          data={kStaffChannels.map((value) => ({ value, label: t(`appeals.channel.${value}`) }))}
          error={errors.channel}
        />
        <DateTimeField
          label={t('appeals.register.receivedAt')}
          name="received_at"
          required
          value={input.receivedAt}
          onChange={(receivedAt) => onChange({ receivedAt })}
          error={errors.received_at}
        />
      </SimpleGrid>
      <Fieldset legend={t('appeals.register.applicant')}>
        <Stack gap="sm">
          <Checkbox
            label={t('appeals.register.anonymous')}
            description={t('appeals.register.anonymousHint')}
            checked={input.anonymous}
            onChange={(event) => onChange({ anonymous: event.currentTarget.checked, urgent: false })}
            error={errors.anonymous}
          />
          {input.anonymous ? (
            <Checkbox
              label={t('appeals.register.urgent')}
              checked={input.urgent}
              onChange={(event) => onChange({ urgent: event.currentTarget.checked })}
              error={errors.urgent_redirect}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('appeals.register.name')}
                name="applicant_name"
                required
                maxLength={300}
                autoComplete="off"
                value={input.name}
                onChange={(event) => onChange({ name: event.currentTarget.value })}
                error={errors.applicant_name}
              />
              <TextInput
                label={`${t('appeals.register.email')} (${t('common.optional')})`}
                description={t('appeals.register.emailHint')}
                name="applicant_email"
                type="email"
                maxLength={254}
                autoComplete="off"
                value={input.email}
                onChange={(event) => onChange({ email: event.currentTarget.value })}
                error={errors.applicant_email}
              />
              <TextInput
                label={`${t('appeals.register.phone')} (${t('common.optional')})`}
                name="applicant_phone"
                type="tel"
                maxLength={40}
                autoComplete="off"
                value={input.phone}
                onChange={(event) => onChange({ phone: event.currentTarget.value })}
                error={errors.applicant_phone}
              />
              <TextInput
                label={`${t('appeals.register.address')} (${t('common.optional')})`}
                name="applicant_address"
                maxLength={300}
                autoComplete="off"
                value={input.address}
                onChange={(event) => onChange({ address: event.currentTarget.value })}
                error={errors.applicant_address}
              />
              <TextInput
                label={`${t('appeals.register.iin')} (${t('common.optional')})`}
                name="applicant_iin"
                inputMode="numeric"
                maxLength={12}
                autoComplete="off"
                value={input.iin}
                onChange={(event) => onChange({ iin: event.currentTarget.value.replace(/\D/g, '') })}
                error={errors.applicant_iin}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
