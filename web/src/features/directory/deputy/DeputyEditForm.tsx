// Staff edit a deputy's public profile: biography kk/ru, party, contacts, social links, published.
import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
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
import type { DeputyView } from '../directory_types';
import type { SocialNetwork } from '../directory_types';
import { useUpdateDeputy } from '../hooks';

const kFields = ['bio_kk', 'bio_ru', 'party_kk', 'party_ru', 'email', 'phone', 'published'] as const;

export function DeputyEditForm({ deputy, onDone }: { deputy: DeputyView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateDeputy(deputy.id);
  const errors = useFormErrors(kFields);
  const [values, setValues] = useState({
    bio_kk: deputy.bio_kk,
    bio_ru: deputy.bio_ru,
    party_kk: deputy.party_kk,
    party_ru: deputy.party_ru,
    email: deputy.email,
    phone: deputy.phone,
  });
  const [published, setPublished] = useState(deputy.published ?? true);
  const [social, setSocial] = useState<SocialDraft>(() => socialDraft(deputy.social_links));
  const [badSocial, setBadSocial] = useState<SocialNetwork[]>([]);
  const [socialRejected, setSocialRejected] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldProblems = {};
    const email = values.email.trim();
    if (email !== '' && !isValidEmail(email)) problems.email = 'invalid_format';
    const bad = badSocialLinks(social);
    setBadSocial(bad);
    setSocialRejected(false);
    if (!errors.check(problems) || bad.length > 0) return;
    update.mutate(
      {
        bio_kk: values.bio_kk.trim(),
        bio_ru: values.bio_ru.trim(),
        party_kk: values.party_kk.trim(),
        party_ru: values.party_ru.trim(),
        email,
        phone: values.phone.trim(),
        social_links: socialLinksOf(social),
        published,
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
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.edit.title')}>
      <Stack gap="md">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Textarea
          label={t('directory.edit.bioKk')}
          name="bio_kk"
          lang="kk"
          autosize
          minRows={4}
          maxLength={10000}
          value={values.bio_kk}
          onChange={set('bio_kk')}
          error={errors.fields.bio_kk}
        />
        <Textarea
          label={t('directory.edit.bioRu')}
          name="bio_ru"
          lang="ru"
          autosize
          minRows={4}
          maxLength={10000}
          value={values.bio_ru}
          onChange={set('bio_ru')}
          error={errors.fields.bio_ru}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('directory.edit.partyKk')}
            name="party_kk"
            lang="kk"
            maxLength={200}
            value={values.party_kk}
            onChange={set('party_kk')}
            error={errors.fields.party_kk}
          />
          <TextInput
            label={t('directory.edit.partyRu')}
            name="party_ru"
            lang="ru"
            maxLength={200}
            value={values.party_ru}
            onChange={set('party_ru')}
            error={errors.fields.party_ru}
          />
          <TextInput
            label={t('directory.edit.email')}
            name="email"
            type="email"
            autoComplete="off"
            maxLength={254}
            value={values.email}
            onChange={set('email')}
            error={errors.fields.email}
          />
          <TextInput
            label={t('directory.edit.phone')}
            name="phone"
            type="tel"
            autoComplete="off"
            maxLength={40}
            value={values.phone}
            onChange={set('phone')}
            error={errors.fields.phone}
          />
        </SimpleGrid>
        <SocialLinksFields
          draft={social}
          onChange={setSocial}
          errors={badSocial}
          groupError={socialRejected ? t('directory.edit.socialInvalid') : undefined}
        />
        <Checkbox
          label={t('directory.edit.published')}
          description={t('directory.edit.publishedHint')}
          name="published"
          checked={published}
          onChange={(event) => setPublished(event.currentTarget.checked)}
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
