// Staff choose a commission's members among the maslikhat's deputies and at most one chair;
// saving replaces the whole list (PUT /commissions/{id}/members).
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { useFormErrors } from '../../../lib/forms/use_form_errors';
import type { CommissionMember, Deputy } from '../directory_types';
import { useSetCommissionMembers } from '../hooks';
import { deputyName } from '../localized';

const kFields = ['members'] as const;

/** Chosen deputies in the order of the list; the chair (if any, and chosen) gets role chair. */
export function membersBody(deputies: readonly Deputy[], chosen: readonly number[], chair: number | null): CommissionMember[] {
  const set = new Set(chosen);
  return deputies
    .filter((deputy) => set.has(deputy.id))
    .map((deputy) => ({ deputy_id: deputy.id, role: deputy.id === chair ? 'chair' : 'member' }));
}

export function CommissionMembersEditor({
  commissionId,
  members,
  deputies,
  onDone,
}: {
  commissionId: number;
  members: readonly CommissionMember[];
  /** The maslikhat's deputies to choose from. */
  deputies: readonly Deputy[];
  onDone: (saved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSetCommissionMembers(commissionId);
  const errors = useFormErrors(kFields);
  const [chosen, setChosen] = useState<string[]>(() => members.map((member) => String(member.deputy_id)));
  const [chair, setChair] = useState<string>(
    () => String(members.find((member) => member.role === 'chair')?.deputy_id ?? ''),
  );
  const known = new Set(deputies.map((deputy) => deputy.id));
  // Members the list cannot show (e.g. an unpublished deputy) are kept as they are.
  const hidden = members.filter((member) => !known.has(member.deputy_id));
  const chosenDeputies = deputies.filter((deputy) => chosen.includes(String(deputy.id)));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const chairId = chair !== '' && chosen.includes(chair) ? Number(chair) : null;
    const body = [
      ...membersBody(deputies, chosen.map(Number), chairId),
      ...hidden.map((member) => (chairId !== null && member.role === 'chair' ? { ...member, role: 'member' as const } : member)),
    ];
    save.mutate(body, { onSuccess: () => onDone(true), onError: (error) => errors.fromError(error) });
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('directory.members.title')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        {deputies.length === 0 ? (
          <Text c="dimmed">{t('directory.members.noDeputies')}</Text>
        ) : (
          <Checkbox.Group
            label={t('directory.members.choose')}
            description={t('directory.members.chooseHint', { n: chosen.length })}
            value={chosen}
            onChange={(value) => {
              setChosen(value);
              if (!value.includes(chair)) setChair('');
            }}
            error={errors.fields.members}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {deputies.map((deputy) => (
                <Checkbox key={deputy.id} value={String(deputy.id)} label={deputyName(i18n.language, deputy)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        )}
        <NativeSelect
          label={t('directory.members.chair')}
          name="chair"
          maw={420}
          value={chosen.includes(chair) ? chair : ''}
          onChange={(event) => setChair(event.currentTarget.value)}
          data={[
            { value: '', label: t('directory.members.noChair') },
            ...chosenDeputies.map((deputy) => ({ value: String(deputy.id), label: deputyName(i18n.language, deputy) })),
          ]}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={save.isPending}>
            {t('directory.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
