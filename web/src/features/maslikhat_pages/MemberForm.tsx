// The staff's form for a person of the maslikhat's apparatus: the full name and the position in
// Kazakh and Russian (the position in English if wanted), the office phone and e-mail, and the
// place on the page. Shown in a dialog; its code is fetched when the dialog opens.
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { BilingualFields, EmailField, useDraft } from '../../components/form_fields';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import { isValidEmail, isValidPhone, type FieldProblems } from '../../lib/forms/validation';
import { useAddMember, useUpdateMember, type ApparatusMember, type MemberChange } from './hooks';

const kFields = ['full_name_kk', 'full_name_ru', 'position_kk', 'position_ru', 'position_en', 'phone', 'email', 'sort_order'] as const;

interface Values {
  full_name_kk: string;
  full_name_ru: string;
  position_kk: string;
  position_ru: string;
  position_en: string;
  phone: string;
  email: string;
  sort_order: string;
}

function valuesOf(member: ApparatusMember | undefined): Values {
  return {
    full_name_kk: member?.full_name_kk ?? '',
    full_name_ru: member?.full_name_ru ?? '',
    position_kk: member?.position_kk ?? '',
    position_ru: member?.position_ru ?? '',
    position_en: member?.position_en ?? '',
    phone: member?.phone ?? '',
    email: member?.email ?? '',
    sort_order: member ? String(member.sort_order) : '',
  };
}

/** The local checks, mirroring the server's. */
export function memberProblems(v: Values): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of ['full_name_kk', 'full_name_ru', 'position_kk', 'position_ru'] as const) {
    if (v[field].trim() === '') problems[field] = 'required';
  }
  if (v.phone.trim() !== '' && !isValidPhone(v.phone.trim())) problems.phone = 'invalid_format';
  if (v.email.trim() !== '' && !isValidEmail(v.email.trim())) problems.email = 'invalid_format';
  if (v.sort_order.trim() !== '' && !/^\d{1,4}$/.test(v.sort_order.trim())) problems.sort_order = 'invalid_format';
  return problems;
}

export function MemberForm({
  maslikhatId,
  member,
  onDone,
}: {
  maslikhatId: number;
  member?: ApparatusMember;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(kFields);
  const { values: v, bind } = useDraft<Values>(() => valuesOf(member), errors.fields);
  const add = useAddMember(maslikhatId);
  const update = useUpdateMember(maslikhatId);
  const pending = add.isPending || update.isPending;
  const title = member ? t('maslikhatPages.form.editMember') : t('maslikhatPages.form.newMember');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(memberProblems(v))) return;
    const order = v.sort_order.trim();
    const body: MemberChange = {
      full_name_kk: v.full_name_kk.trim(),
      full_name_ru: v.full_name_ru.trim(),
      position_kk: v.position_kk.trim(),
      position_ru: v.position_ru.trim(),
      position_en: v.position_en.trim(),
      phone: v.phone.trim(),
      email: v.email.trim(),
      ...(order === '' ? {} : { sort_order: Number(order) }),
    };
    const done = { onSuccess: () => onDone(true), onError: (error: unknown) => errors.fromError(error) };
    if (member) update.mutate({ id: member.id, body }, done);
    else
      add.mutate(
        {
          ...body,
          full_name_kk: body.full_name_kk ?? '',
          full_name_ru: body.full_name_ru ?? '',
          position_kk: body.position_kk ?? '',
          position_ru: body.position_ru ?? '',
        },
        done,
      );
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={title}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="full_name"
            labels={[t('maslikhatPages.form.nameKk'), t('maslikhatPages.form.nameRu')]}
            bind={bind}
            required
            maxLength={200}
          />
          <BilingualFields
            field="position"
            labels={[t('maslikhatPages.form.positionKk'), t('maslikhatPages.form.positionRu')]}
            bind={bind}
            required
            maxLength={300}
          />
        </SimpleGrid>
        <TextInput
          label={t('maslikhatPages.form.positionEn')}
          description={t('maslikhatPages.form.enHint')}
          lang="en"
          maxLength={300}
          {...bind('position_en')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('maslikhatPages.form.phone')}
            description={t('maslikhatPages.form.phoneHint')}
            type="tel"
            autoComplete="off"
            maxLength={40}
            {...bind('phone')}
          />
          <EmailField label={t('maslikhatPages.form.email')} bind={bind} />
        </SimpleGrid>
        <TextInput
          label={t('maslikhatPages.form.order')}
          description={t('maslikhatPages.form.orderHint')}
          inputMode="numeric"
          maxLength={4}
          maw={240}
          {...bind('sort_order')}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {member ? t('maslikhatPages.form.save') : t('maslikhatPages.form.add')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={pending}>
            {t('maslikhatPages.staff.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
