// The maslikhat's staff on a sitting's page: tick who attended (the maslikhat's deputies) and who
// arrived at or left before an agenda item, and record a decision (DecisionForm: texts, status, the vote by name, the act it makes).
import { Button, Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import { pick } from '../directory';
import { DecisionForm } from './DecisionForm';
import { useSetAttendance, type SittingDetail } from './hooks';

interface Move {
  key: number;
  deputy: string;
  arrived: string; // '' — from the start
  left: string; // '' — to the end
}

function movesOf(sitting: SittingDetail): Move[] {
  return sitting.attendance
    .filter((a) => a.present && (a.arrived_at_item_id !== null || a.left_before_item_id !== null))
    .map((a, i) => ({
      key: i,
      deputy: String(a.deputy_id),
      arrived: a.arrived_at_item_id !== null ? String(a.arrived_at_item_id) : '',
      left: a.left_before_item_id !== null ? String(a.left_before_item_id) : '',
    }));
}

// Who attended, and who arrived at an agenda item or left before one: the quorum is counted at each.
function AttendanceForm({ sitting }: { sitting: SittingDetail }) {
  const { t, i18n } = useTranslation();
  const [present, setPresent] = useState<number[]>(sitting.attendance.filter((a) => a.present).map((a) => a.deputy_id));
  const [moves, setMoves] = useState<Move[]>(() => movesOf(sitting));
  const [nextKey, setNextKey] = useState(1000);
  const save = useSetAttendance();
  const errors = useFormErrors(['present', 'moves']);
  const name = (id: number) => {
    const a = sitting.attendance.find((x) => x.deputy_id === id);
    return a ? pick(i18n.language, a.name_kk, a.name_ru) : '';
  };
  const items = sitting.agenda.map((a) => ({ value: String(a.id), label: `${String(a.position)}. ${pick(i18n.language, a.title_kk, a.title_ru)}` }));
  const change = (key: number, field: 'deputy' | 'arrived' | 'left', value: string) =>
    setMoves((current) => current.map((m) => (m.key === key ? { ...m, [field]: value } : m)));
  return (
    <form
      ref={errors.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const sent = moves
          .filter((m) => m.deputy !== '' && present.includes(Number(m.deputy)) && (m.arrived !== '' || m.left !== ''))
          .map((m) => ({
            deputy_id: Number(m.deputy),
            ...(m.arrived ? { arrived_at_item_id: Number(m.arrived) } : {}),
            ...(m.left ? { left_before_item_id: Number(m.left) } : {}),
          }));
        save.mutate({ id: sitting.id, present, moves: sent }, { onError: (e) => errors.fromError(e) });
      }}
    >
      <Checkbox.Group label={t('sittings.staff.attendance')} value={present.map(String)} onChange={(v) => setPresent(v.map(Number))}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
          {sitting.attendance.map((a) => (
            <Checkbox key={a.deputy_id} value={String(a.deputy_id)} label={pick(i18n.language, a.name_kk, a.name_ru)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {sitting.agenda.length > 1 && (
        <Fieldset legend={t('sittings.staff.moves')} mt="md" data-testid="attendance-moves">
          <Text size="sm" c="dimmed">
            {t('sittings.staff.movesHint')}
          </Text>
          {errors.fields.moves && (
            <Text size="sm" c="red.9" role="alert">
              {errors.fields.moves}
            </Text>
          )}
          <Stack gap="sm" mt="xs">
            {moves.map((m, i) => (
              <Fieldset key={m.key} legend={t('sittings.staff.moveN', { n: i + 1 })} variant="filled" p="xs">
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                  <NativeSelect
                    label={t('sittings.staff.moveDeputy')}
                    value={m.deputy}
                    onChange={(e) => change(m.key, 'deputy', e.currentTarget.value)}
                    data={[{ value: '', label: t('sittings.staff.chooseDeputy') }, ...present.map((id) => ({ value: String(id), label: name(id) }))]}
                  />
                  <NativeSelect
                    label={t('sittings.staff.arrivedAt')}
                    value={m.arrived}
                    onChange={(e) => change(m.key, 'arrived', e.currentTarget.value)}
                    data={[{ value: '', label: t('sittings.staff.fromStart') }, ...items]}
                  />
                  <NativeSelect
                    label={t('sittings.staff.leftBefore')}
                    value={m.left}
                    onChange={(e) => change(m.key, 'left', e.currentTarget.value)}
                    data={[{ value: '', label: t('sittings.staff.toEnd') }, ...items]}
                  />
                </SimpleGrid>
                <Button variant="subtle" size="xs" mt={4} onClick={() => setMoves((current) => current.filter((x) => x.key !== m.key))}>
                  {t('sittings.staff.removeMove')}
                </Button>
              </Fieldset>
            ))}
          </Stack>
          <Button
            variant="default"
            size="xs"
            mt="xs"
            onClick={() => {
              setMoves((current) => [...current, { key: nextKey, deputy: '', arrived: '', left: '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            {t('sittings.staff.addMove')}
          </Button>
        </Fieldset>
      )}
      {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('sittings.staff.saveAttendance')}
      </Button>
    </form>
  );
}

export function SittingStaffTools({ sitting }: { sitting: SittingDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="sitting-staff-tools" aria-label={t('sittings.staff.tools')} component="section">
      <AttendanceForm sitting={sitting} />
      <DecisionForm sitting={sitting} />
    </Stack>
  );
}
