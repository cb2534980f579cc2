// The maslikhat's staff on an act's page: correct it, add an edition (date, what changed, the
// texts as amended), or move its status (only the moves the registry allows are offered).
import { Button, Fieldset, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { ActForm } from './ActForm';
import { kNextStatuses, useAddEdition, useSetActStatus, useUpdateAct, type ActDetail, type ActStatus } from './hooks';

const kEditionFields = ['edition_on', 'changes', 'text_kk', 'text_ru'] as const;

function EditionForm({ act, onDone }: { act: ActDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(kEditionFields);
  const add = useAddEdition();
  const [editionOn, setEditionOn] = useState('');
  const [changes, setChanges] = useState('');
  const [textKk, setTextKk] = useState(act.text_kk);
  const [textRu, setTextRu] = useState(act.text_ru);
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={t('acts.staff.addEdition')}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        if (editionOn === '') problems.edition_on = 'required';
        if (changes.trim() === '') problems.changes = 'required';
        if (!errors.check(problems)) return;
        add.mutate(
          { id: act.id, body: { edition_on: editionOn, changes: changes.trim(), text_kk: textKk, text_ru: textRu } },
          { onSuccess: onDone, onError: (e) => errors.fromError(e) },
        );
      }}
    >
      <Fieldset legend={t('acts.staff.addEdition')}>
        <Stack gap="sm">
          <DateField label={t('acts.editions.date')} required name="edition_on" value={editionOn} onChange={setEditionOn} error={errors.fields.edition_on} />
          <Textarea
            label={t('acts.editions.changes')}
            required
            autosize
            minRows={2}
            maxLength={4000}
            name="changes"
            value={changes}
            onChange={(event) => setChanges(event.currentTarget.value)}
            error={errors.fields.changes}
          />
          <Textarea label={t('acts.text.kk')} lang="kk" autosize minRows={4} maxRows={12} maxLength={200000} name="text_kk" value={textKk} onChange={(event) => setTextKk(event.currentTarget.value)} error={errors.fields.text_kk} />
          <Textarea label={t('acts.text.ru')} lang="ru" autosize minRows={4} maxRows={12} maxLength={200000} name="text_ru" value={textRu} onChange={(event) => setTextRu(event.currentTarget.value)} error={errors.fields.text_ru} />
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <Group gap="sm">
            <Button type="submit" loading={add.isPending}>
              {t('acts.staff.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('acts.staff.cancel')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

function StatusForm({ act }: { act: ActDetail }) {
  const { t } = useTranslation();
  const next = kNextStatuses[act.status];
  const [to, setTo] = useState<ActStatus | ''>('');
  const move = useSetActStatus();
  const errors = useFormErrors(['status']);
  if (next.length === 0) return <Text>{t('acts.staff.finalStatus')}</Text>;
  return (
    <form
      noValidate
      ref={errors.formRef}
      aria-label={t('acts.staff.changeStatus')}
      onSubmit={(event) => {
        event.preventDefault();
        if (to === '') return;
        move.mutate({ id: act.id, status: to }, { onSuccess: () => setTo(''), onError: (e) => errors.fromError(e) });
      }}
    >
      <Group align="end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('acts.staff.changeStatus')}
          name="status"
          value={to}
          onChange={(event) => setTo(next.find((s) => s === event.currentTarget.value) ?? '')}
          data={[{ value: '', label: t('acts.staff.chooseStatus') }, ...next.map((s) => ({ value: s, label: t(`acts.status.${s}`) }))]}
          error={errors.fields.status}
        />
        <Button type="submit" disabled={to === ''} loading={move.isPending}>
          {t('acts.staff.apply')}
        </Button>
      </Group>
      {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
    </form>
  );
}

export function ActStaffTools({ act }: { act: ActDetail }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'none' | 'edit' | 'edition'>('none');
  const update = useUpdateAct();
  return (
    <Stack gap="sm" className="act-no-print" data-testid="act-staff-tools">
      <StatusForm act={act} />
      {mode === 'none' && (
        <Group gap="sm">
          <Button variant="default" onClick={() => setMode('edit')}>
            {t('acts.staff.edit')}
          </Button>
          {act.status !== 'repealed' && (
            <Button variant="default" onClick={() => setMode('edition')}>
              {t('acts.staff.addEdition')}
            </Button>
          )}
        </Group>
      )}
      {mode === 'edit' && (
        <ActForm
          act={act}
          pending={update.isPending}
          onSubmit={(body, fail) => update.mutate({ id: act.id, body }, { onSuccess: () => setMode('none'), onError: fail })}
          onCancel={() => setMode('none')}
        />
      )}
      {mode === 'edition' && <EditionForm act={act} onDone={() => setMode('none')} />}
    </Stack>
  );
}
