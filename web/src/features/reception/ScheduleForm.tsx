// Scheduling reception: one day, or a rule (a weekday every week or the Nth of the month, from a
// day until a day). The server leaves out non-working days and says which; the form tells how many.
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { useDraft } from '../../components/form_fields';
import { formatDay } from '../../lib/dates';
import { useFormErrors, useSettledErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { useHostDeputies, useSchedule } from './hooks';
import { kPlaceKinds, type PlaceKind, type ReceptionScheduleRequest, type ReceptionScheduleResult } from './types';

const kFields = [
  'day',
  'repeat.from',
  'repeat.until',
  'repeat',
  'weekday',
  'starts_at',
  'ends_at',
  'slot_minutes',
  'capacity',
  'place_kind',
  'place',
  'address',
  'map_url',
  'video_url',
  'deputy_id',
  'host_name',
] as const;

const kTime = /^([01]\d|2[0-3]):[0-5]\d$/;
const kOther = 'other';

export interface ScheduleDraft {
  mode: 'once' | 'repeat';
  day: string;
  from: string;
  until: string;
  weekday: string;
  nth: string;
  starts_at: string;
  ends_at: string;
  slot_minutes: string;
  capacity: string;
  place_kind: PlaceKind;
  place: string;
  address: string;
  map_url: string;
  video_url: string;
  deputy_id: string;
  host_name: string;
}

const kInitial: ScheduleDraft = {
  mode: 'once',
  day: '',
  from: '',
  until: '',
  weekday: '1',
  nth: '0',
  starts_at: '10:00',
  ends_at: '13:00',
  slot_minutes: '20',
  capacity: '1',
  place_kind: 'maslikhat',
  place: '',
  address: '',
  map_url: '',
  video_url: '',
  deputy_id: '',
  host_name: '',
};

export function validateSchedule(d: ScheduleDraft): FieldProblems {
  const p: FieldProblems = {};
  if (d.mode === 'once' && d.day === '') p.day = 'required';
  if (d.mode === 'repeat') {
    if (d.from === '') p['repeat.from'] = 'required';
    if (d.until === '') p['repeat.until'] = 'required';
  }
  if (!kTime.test(d.starts_at)) p.starts_at = 'invalid_format';
  if (!kTime.test(d.ends_at)) p.ends_at = 'invalid_format';
  const minutes = Number(d.slot_minutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 480) p.slot_minutes = 'invalid';
  const capacity = Number(d.capacity);
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 50) p.capacity = 'invalid';
  if (d.place_kind === 'online' && d.video_url.trim() === '') p.video_url = 'required';
  if (d.place_kind !== 'online' && d.place.trim() === '') p.place = 'required';
  if (d.deputy_id === '') p.deputy_id = 'required';
  if (d.deputy_id === kOther && d.host_name.trim() === '') p.host_name = 'required';
  return p;
}

export function scheduleRequest(d: ScheduleDraft): ReceptionScheduleRequest {
  const body: ReceptionScheduleRequest = {
    starts_at: d.starts_at,
    ends_at: d.ends_at,
    slot_minutes: Number(d.slot_minutes),
    capacity: Number(d.capacity),
    place_kind: d.place_kind,
    place: d.place.trim(),
    address: d.address.trim(),
    map_url: d.map_url.trim(),
    video_url: d.video_url.trim(),
  };
  if (d.deputy_id === kOther) body.host_name = d.host_name.trim();
  else body.deputy_id = Number(d.deputy_id);
  if (d.mode === 'once') body.day = d.day;
  else body.repeat = [{ from: d.from, until: d.until, weekday: Number(d.weekday), nth: Number(d.nth) }];
  return body;
}

export function ScheduleForm({ maslikhatId, onDone }: { maslikhatId: number; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors(kFields);
  const draft = useDraft<ScheduleDraft>(kInitial, errors.fields);
  const { values, set, bind, bindDate } = draft;
  useSettledErrors(errors.settle, validateSchedule(values));
  const deputies = useHostDeputies(maslikhatId);
  const schedule = useSchedule(maslikhatId);
  const [result, setResult] = useState<ReceptionScheduleResult | null>(null);
  const deputyOptions = [
    { value: '', label: t('reception.schedule.chooseHost') },
    ...(deputies.data ?? []).map((d) => ({
      value: String(d.id),
      label: (i18n.language === 'kk' ? d.full_name_kk || d.full_name_ru : d.full_name_ru || d.full_name_kk) ?? '',
    })),
    { value: kOther, label: t('reception.schedule.otherHost') },
  ];
  const weekdays = ['1', '2', '3', '4', '5', '6', '7'].map((n) => ({ value: n, label: t(`reception.weekday.${n}` as never) }));
  const nths = ['0', '1', '2', '3', '4', '5'].map((n) => ({ value: n, label: t(`reception.nth.${n}` as never) }));

  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-labelledby="schedule-title"
      onSubmit={(event) => {
        event.preventDefault();
        setResult(null);
        if (!errors.check(validateSchedule(values))) return;
        schedule.mutate(scheduleRequest(values), {
          onSuccess: (answer) => {
            errors.clear();
            setResult(answer);
          },
          onError: (error) => errors.fromError(error),
        });
      }}
    >
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        {result && (
          <FormAlert kind="success">
            <span data-testid="schedule-result">
              {t('reception.schedule.created', { n: result.created.length })}{' '}
              {result.skipped.length > 0 &&
                t('reception.schedule.skipped', {
                  n: result.skipped.length,
                  days: result.skipped.map((day) => formatDay(day, i18n.language)).join(', '),
                })}
            </span>
          </FormAlert>
        )}
        <Radio.Group
          label={t('reception.schedule.mode')}
          value={values.mode}
          onChange={(value) => set('mode', value === 'repeat' ? 'repeat' : 'once')}
        >
          <Group mt={4}>
            <Radio value="once" label={t('reception.schedule.once')} />
            <Radio value="repeat" label={t('reception.schedule.repeat')} />
          </Group>
        </Radio.Group>
        {values.mode === 'once' ? (
          <DateField label={t('reception.schedule.day')} required {...bindDate('day')} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('reception.schedule.weekday')} data={weekdays} {...bind('weekday')} />
            <NativeSelect label={t('reception.schedule.nth')} data={nths} {...bind('nth')} />
            <DateField
              label={t('reception.schedule.from')}
              required
              {...bindDate('from')}
              error={errors.fields['repeat.from'] ?? errors.fields.repeat}
            />
            <DateField label={t('reception.schedule.until')} required {...bindDate('until')} error={errors.fields['repeat.until']} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('reception.schedule.startsAt')}
            placeholder={t('common.timePattern')}
            required
            maxLength={5}
            inputMode="numeric"
            {...bind('starts_at')}
          />
          <TextInput
            label={t('reception.schedule.endsAt')}
            placeholder={t('common.timePattern')}
            required
            maxLength={5}
            inputMode="numeric"
            {...bind('ends_at')}
          />
          <TextInput label={t('reception.schedule.slotMinutes')} required inputMode="numeric" maxLength={3} {...bind('slot_minutes')} />
          <TextInput label={t('reception.schedule.capacity')} required inputMode="numeric" maxLength={2} {...bind('capacity')} />
        </SimpleGrid>
        <NativeSelect label={t('reception.schedule.host')} required data={deputyOptions} {...bind('deputy_id')} />
        {values.deputy_id === kOther && (
          <TextInput label={t('reception.schedule.hostName')} required maxLength={200} {...bind('host_name')} />
        )}
        <NativeSelect
          label={t('reception.schedule.placeKind')}
          data={kPlaceKinds.map((kind) => ({ value: kind, label: t(`reception.placeKind.${kind}`) }))}
          {...bind('place_kind')}
        />
        {values.place_kind === 'online' ? (
          <TextInput label={t('reception.schedule.videoUrl')} required type="url" maxLength={1000} {...bind('video_url')} />
        ) : (
          <>
            <TextInput label={t('reception.schedule.place')} required maxLength={300} {...bind('place')} />
            <TextInput label={t('reception.schedule.address')} maxLength={300} {...bind('address')} />
            <TextInput label={t('reception.schedule.mapUrl')} type="url" maxLength={1000} {...bind('map_url')} />
          </>
        )}
        <Group>
          <Button type="submit" loading={schedule.isPending}>
            {t('reception.schedule.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('reception.schedule.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
