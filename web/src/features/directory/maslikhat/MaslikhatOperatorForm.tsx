// An administrator sets the operator of personal data that every consent to this maslikhat names
// (Art. 8 of the personal-data law, docs/personal-data.md "Consent"): the apparatus's name in
// Kazakh and Russian and its BIN. All three empty: the installation's operator is named instead.
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BilingualFields, useDraft } from '../../../components/form_fields';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import { binProblem, type FieldProblems } from '../../../lib/forms/validation';
import type { MaslikhatView } from '../directory_types';
import { useUpdateMaslikhat } from '../hooks';

const kFields = ['operator_name_kk', 'operator_name_ru', 'bin'] as const;

export function MaslikhatOperatorForm({
  maslikhat,
  onDone,
}: {
  maslikhat: MaslikhatView;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMaslikhat(maslikhat.id);
  const errors = useFormErrors(kFields);
  const { values, bind } = useDraft(
    { operator_name_kk: maslikhat.operator_name_kk, operator_name_ru: maslikhat.operator_name_ru, bin: maslikhat.bin },
    errors.fields,
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      operator_name_kk: values.operator_name_kk.trim(),
      operator_name_ru: values.operator_name_ru.trim(),
      bin: values.bin.replace(/\s/g, ''),
    };
    const problems: FieldProblems = {};
    const named = body.operator_name_kk !== '' || body.operator_name_ru !== '';
    if (body.bin !== '') {
      const problem = binProblem(body.bin);
      if (problem) problems.bin = problem;
      if (body.operator_name_kk === '') problems.operator_name_kk = 'required';
      if (body.operator_name_ru === '') problems.operator_name_ru = 'required';
    } else if (named) {
      problems.bin = 'required';
    }
    if (!errors.check(problems)) return;
    update.mutate(body, { onSuccess: () => onDone(true), onError: (error) => errors.fromError(error) });
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.operatorForm.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('directory.operatorForm.intro')}</Text>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <BilingualFields
            field="operator_name"
            labels={[t('directory.operatorForm.nameKk'), t('directory.operatorForm.nameRu')]}
            bind={bind}
            maxLength={300}
          />
        </SimpleGrid>
        <TextInput
          label={t('directory.operatorForm.bin')}
          description={t('directory.operatorForm.binHint')}
          inputMode="numeric"
          autoComplete="off"
          maw={260}
          maxLength={20}
          {...bind('bin')}
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
