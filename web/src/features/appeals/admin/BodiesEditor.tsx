// Executive bodies deputy requests go to: the list, and a form to add one (for one maslikhat or all).
import { Button, List, Loader, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { useCreateBody, useExecutiveBodies } from '../control_hooks';
import { localized, useMaslikhats } from '../../directory';
import { useAppealFormErrors } from '../use_appeal_form_errors';

const kFields = ['name_kk', 'name_ru', 'maslikhat_id'] as const;

export function BodiesEditor() {
  const { t, i18n } = useTranslation();
  const bodies = useExecutiveBodies();
  const maslikhats = useMaslikhats();
  const create = useCreateBody();
  const errors = useAppealFormErrors(kFields);
  const [nameKk, setNameKk] = useState('');
  const [nameRu, setNameRu] = useState('');
  const [maslikhat, setMaslikhat] = useState('');
  const [added, setAdded] = useState(false);
  const maslikhatName = (id: number | null) => {
    if (id === null) return t('appeals.categoriesAdmin.bodyAll');
    const m = maslikhats.data?.items.find((x) => x.id === id);
    return m ? localized(i18n.language, m, 'name') : `#${id}`;
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAdded(false);
    const problems: Record<string, string> = {};
    if (nameKk.trim() === '') problems.name_kk = 'required';
    if (nameRu.trim() === '') problems.name_ru = 'required';
    if (!errors.check(problems)) return;
    create.mutate(
      { name_kk: nameKk.trim(), name_ru: nameRu.trim(), ...(maslikhat ? { maslikhat_id: Number(maslikhat) } : {}) },
      {
        onSuccess: () => {
          setAdded(true);
          setNameKk('');
          setNameRu('');
        },
        onError: (error) => errors.fromError(error),
      },
    );
  }

  const items = bodies.data?.items ?? [];
  return (
    <Stack gap="md">
      <Text>{t('appeals.categoriesAdmin.bodiesIntro')}</Text>
      {bodies.isPending && <Loader aria-label={t('common.loading')} />}
      {bodies.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), bodies.error).summary}</FormAlert>}
      {bodies.isSuccess && items.length === 0 && <Text>{t('appeals.categoriesAdmin.bodiesEmpty')}</Text>}
      {items.length > 0 && (
        <List spacing="xs" data-testid="bodies-list">
          {items.map((body) => (
            <List.Item key={body.id} style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                {localized(i18n.language, body, 'name')}
              </Text>{' '}
              <Text span size="sm">
                ({maslikhatName(body.maslikhat_id)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-labelledby="body-add-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="body-add-title">
            {t('appeals.categoriesAdmin.bodyAdd')}
          </Title>
          <div aria-live="polite">{added && <FormAlert kind="success">{t('appeals.categoriesAdmin.bodyAdded')}</FormAlert>}</div>
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('appeals.categoriesAdmin.nameKk')}
              lang="kk"
              required
              maxLength={300}
              value={nameKk}
              onChange={(event) => setNameKk(event.currentTarget.value)}
              error={errors.fields.name_kk}
            />
            <TextInput
              label={t('appeals.categoriesAdmin.nameRu')}
              lang="ru"
              required
              maxLength={300}
              value={nameRu}
              onChange={(event) => setNameRu(event.currentTarget.value)}
              error={errors.fields.name_ru}
            />
          </SimpleGrid>
          <NativeSelect
            label={t('appeals.categoriesAdmin.bodyMaslikhat')}
            value={maslikhat}
            onChange={(event) => setMaslikhat(event.currentTarget.value)}
            data={[
              { value: '', label: t('appeals.categoriesAdmin.bodyAll') },
              ...(maslikhats.data?.items ?? []).map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
            ]}
            error={errors.fields.maslikhat_id}
            maw={420}
          />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('appeals.categoriesAdmin.bodyAdd')}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
