// The fields every appeal has, citizen or staff-registered: type, language, subject, text,
// problem address, how to answer, collective with co-signatories, public register consent.
import { Checkbox, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../../lib/i18n/i18n';
import { kLanguages } from '../../../lib/i18n/languages';
import { kContactPreferences, type ContactPreference } from '../types';
import type { AppealInput } from './appeal_input';
import { CosignersField } from './CosignersField';
import { TypeChoice } from './TypeChoice';

export function AppealFields({
  input,
  onChange,
  errors,
  showConsent = true,
  forStaff = false,
}: {
  input: AppealInput;
  onChange: (patch: Partial<AppealInput>) => void;
  errors: Record<string, string>;
  showConsent?: boolean;
  /** Staff registering an appeal on paper: the labels speak about the applicant, not to them. */
  forStaff?: boolean;
}) {
  const { t } = useTranslation();
  // An applicant registered by staff has no account to read an answer in.
  const contacts = forStaff ? kContactPreferences.filter((c) => c !== 'account') : kContactPreferences;
  return (
    <Stack gap="md">
      <TypeChoice value={input.type} onChange={(type) => onChange({ type })} error={errors.type} />
      <NativeSelect
        label={t('appeals.form.language')}
        description={t('appeals.form.languageHint')}
        name="language"
        value={input.language}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isUiLanguage(value)) onChange({ language: value });
        }}
        data={kLanguages.map((code) => ({ value: code, label: t(`lang.${code}`) }))}
        error={errors.language}
      />
      <TextInput
        label={t('appeals.form.subject')}
        description={t('appeals.form.subjectHint')}
        name="subject"
        required
        maxLength={300}
        value={input.subject}
        onChange={(event) => onChange({ subject: event.currentTarget.value })}
        error={errors.subject}
      />
      <Textarea
        label={t('appeals.form.body')}
        description={t(forStaff ? 'appeals.register.bodyHint' : 'appeals.form.bodyHint')}
        name="body"
        required
        autosize
        minRows={6}
        maxRows={20}
        maxLength={20000}
        value={input.body}
        onChange={(event) => onChange({ body: event.currentTarget.value })}
        error={errors.body}
      />
      <TextInput
        label={`${t('appeals.form.problemAddress')} (${t('common.optional')})`}
        description={t('appeals.form.problemAddressHint')}
        name="problem_address"
        maxLength={300}
        value={input.problemAddress}
        onChange={(event) => onChange({ problemAddress: event.currentTarget.value })}
        error={errors.problem_address}
      />
      <NativeSelect
        label={t(forStaff ? 'appeals.register.contact' : 'appeals.form.contact')}
        description={forStaff ? t('appeals.register.contactHint') : undefined}
        name="contact_preference"
        value={input.contact}
        onChange={(event) => {
          const value = contacts.find((c) => c === event.currentTarget.value);
          if (value) onChange({ contact: value as ContactPreference });
        }}
        data={contacts.map((value) => ({ value, label: t(`appeals.contact.${value}`) }))}
        error={errors.contact_preference}
      />
      <Checkbox
        label={t('appeals.form.collective')}
        name="collective"
        checked={input.collective}
        onChange={(event) => onChange({ collective: event.currentTarget.checked })}
      />
      {input.collective && (
        <CosignersField rows={input.cosigners} onChange={(cosigners) => onChange({ cosigners })} error={errors.cosigners} />
      )}
      {showConsent && (
        <Checkbox
          label={t(forStaff ? 'appeals.register.publicConsent' : 'appeals.form.publicConsent')}
          name="public_consent"
          checked={input.publicConsent}
          onChange={(event) => onChange({ publicConsent: event.currentTarget.checked })}
          error={errors.public_consent}
        />
      )}
    </Stack>
  );
}
