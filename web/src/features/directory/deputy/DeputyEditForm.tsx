// Staff edit a deputy's public profile: biography kk/ru, party, contacts, social links, published.
import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { PublishedCheckbox, useDraft } from '../../../components/form_fields';
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
import { DeputyProfileFields } from '../components/DeputyProfileFields';
import type { DeputyView } from '../directory_types';
import type { SocialNetwork } from '../directory_types';
import { useUpdateDeputy } from '../hooks';

const kFields = ['bio_kk', 'bio_ru', 'party_kk', 'party_ru', 'email', 'phone', 'published'] as const;

export function DeputyEditForm({ deputy, onDone }: { deputy: DeputyView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateDeputy(deputy.id);
  const errors = useFormErrors(kFields);
  const { values, bind } = useDraft({
    bio_kk: deputy.bio_kk,
    bio_ru: deputy.bio_ru,
    party_kk: deputy.party_kk,
    party_ru: deputy.party_ru,
    email: deputy.email,
    phone: deputy.phone,
  }, errors.fields);
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

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.edit.title')}>
      <Stack gap="md">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <DeputyProfileFields bind={bind} />
        <SocialLinksFields
          draft={social}
          onChange={setSocial}
          errors={badSocial}
          groupError={socialRejected ? t('directory.edit.socialInvalid') : undefined}
        />
        <PublishedCheckbox checked={published} onChange={setPublished} />
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
