// Staff edit a maslikhat's contacts: address, phones, e-mail, working hours (kk/ru), social links.
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, useDraft } from '../../../components/form_fields';
import { isApiError } from '../../../lib/api/api_error';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import { isValidEmail, type FieldProblems } from '../../../lib/forms/validation';
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
  const { values, bind } = useDraft({
    address_kk: maslikhat.address_kk,
    address_ru: maslikhat.address_ru,
    phones: maslikhat.phones.join('\n'),
    email: maslikhat.email,
    working_hours_kk: maslikhat.working_hours_kk,
    working_hours_ru: maslikhat.working_hours_ru,
  }, errors.fields);
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


  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.maslikhat.editContacts')}>
      <Stack gap="md">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="address"
            labels={[t('directory.maslikhatEdit.addressKk'), t('directory.maslikhatEdit.addressRu')]}
            bind={bind}
            maxLength={500}
          />
          <BilingualFields
            field="working_hours"
            labels={[t('directory.maslikhatEdit.hoursKk'), t('directory.maslikhatEdit.hoursRu')]}
            bind={bind}
            maxLength={500}
          />
          <Textarea
            label={t('directory.maslikhatEdit.phones')}
            description={t('directory.maslikhatEdit.phonesHint')}
            autosize
            minRows={2}
            {...bind('phones')}
          />
          <TextInput
            label={t('directory.contacts.email')}
            type="email"
            autoComplete="off"
            maxLength={254}
            {...bind('email')}
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
