// Staff edit a maslikhat's contacts: address, phones, e-mail, working hours (kk/ru), social links.
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { isApiError } from '../../../lib/api/api_error';
import { useFormErrors } from '../../identity/use_form_errors';
import { isValidEmail, type FieldProblems } from '../../identity/validation';
import {
  badSocialLinks,
  socialDraft,
  socialLinksOf,
  SocialLinksFields,
  type SocialDraft,
} from '../components/SocialLinksFields';
import type { MaslikhatView, SocialNetwork } from '../directory_types';
import { useUpdateMaslikhat } from '../hooks';

const kFields = ['address_kk', 'address_ru', 'phones', 'email', 'working_hours_kk', 'working_hours_ru'] as const;

/** One phone per line (or separated by ";"), empty lines dropped. */
export function phonesOf(text: string): string[] {
  return text
    .split(/[\n;]/)
    .map((phone) => phone.trim())
    .filter(Boolean);
}

export function MaslikhatContactsForm({
  maslikhat,
  onDone,
}: {
  maslikhat: MaslikhatView;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMaslikhat(maslikhat.id);
  const errors = useFormErrors(kFields);
  const [values, setValues] = useState({
    address_kk: maslikhat.address_kk,
    address_ru: maslikhat.address_ru,
    phones: maslikhat.phones.join('\n'),
    email: maslikhat.email,
    working_hours_kk: maslikhat.working_hours_kk,
    working_hours_ru: maslikhat.working_hours_ru,
  });
  const [social, setSocial] = useState<SocialDraft>(() => socialDraft(maslikhat.social_links));
  const [badSocial, setBadSocial] = useState<SocialNetwork[]>([]);
  const [socialRejected, setSocialRejected] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldProblems = {};
    const email = values.email.trim();
    const phones = phonesOf(values.phones);
    if (email !== '' && !isValidEmail(email)) problems.email = 'invalid_format';
    if (phones.length > 10 || phones.some((phone) => phone.length > 40)) problems.phones = 'too_long';
    const bad = badSocialLinks(social);
    setBadSocial(bad);
    setSocialRejected(false);
    if (!errors.check(problems) || bad.length > 0) return;
    update.mutate(
      {
        address_kk: values.address_kk.trim(),
        address_ru: values.address_ru.trim(),
        phones,
        email,
        working_hours_kk: values.working_hours_kk.trim(),
        working_hours_ru: values.working_hours_ru.trim(),
        social_links: socialLinksOf(social),
      },
      {
        onSuccess: () => onDone(true),
        onError: (error) => {
          if (isApiError(error) && error.hasField('social_links')) setSocialRejected(true);
          errors.fromError(error);
        },
      },
    );
  }

  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.maslikhat.editContacts')}>
      <Stack gap="md">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('directory.maslikhatEdit.addressKk')}
            name="address_kk"
            lang="kk"
            maxLength={500}
            value={values.address_kk}
            onChange={set('address_kk')}
            error={errors.fields.address_kk}
          />
          <TextInput
            label={t('directory.maslikhatEdit.addressRu')}
            name="address_ru"
            lang="ru"
            maxLength={500}
            value={values.address_ru}
            onChange={set('address_ru')}
            error={errors.fields.address_ru}
          />
          <TextInput
            label={t('directory.maslikhatEdit.hoursKk')}
            name="working_hours_kk"
            lang="kk"
            maxLength={500}
            value={values.working_hours_kk}
            onChange={set('working_hours_kk')}
            error={errors.fields.working_hours_kk}
          />
          <TextInput
            label={t('directory.maslikhatEdit.hoursRu')}
            name="working_hours_ru"
            lang="ru"
            maxLength={500}
            value={values.working_hours_ru}
            onChange={set('working_hours_ru')}
            error={errors.fields.working_hours_ru}
          />
          <Textarea
            label={t('directory.maslikhatEdit.phones')}
            description={t('directory.maslikhatEdit.phonesHint')}
            name="phones"
            autosize
            minRows={2}
            value={values.phones}
            onChange={set('phones')}
            error={errors.fields.phones}
          />
          <TextInput
            label={t('directory.contacts.email')}
            name="email"
            type="email"
            autoComplete="off"
            maxLength={254}
            value={values.email}
            onChange={set('email')}
            error={errors.fields.email}
          />
        </SimpleGrid>
        <SocialLinksFields
          draft={social}
          onChange={setSocial}
          errors={badSocial}
          groupError={socialRejected ? t('directory.edit.socialInvalid') : undefined}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={update.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
