// «Перенести»: staff move a session to another working day and start time (and, if it changes, the
// place). The server keeps the slots and tells everyone booked or waiting; a holiday or a past time
// comes back as a field error in the reader's language.
import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { useMoveSession } from './hooks';
import type { ReceptionSession } from './types';

const kMoveFields = ['day', 'starts_at', 'place', 'address'] as const;
const kTime = /^([01]\d|2[0-3]):[0-5]\d$/;

export function MoveSessionForm({
  session,
  onDone,
  onMoved,
}: {
  session: ReceptionSession;
  onDone: () => void;
  onMoved: () => void;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState(session.day);
  const [startsAt, setStartsAt] = useState(session.starts_at);
  const [place, setPlace] = useState(session.place);
  const [address, setAddress] = useState(session.address);
  const errors = useFormErrors(kMoveFields);
  const move = useMoveSession();
  const titleId = `move-title-${String(session.id)}`;
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        if (day === '') problems.day = 'required';
        if (!kTime.test(startsAt)) problems.starts_at = 'invalid_format';
        if (!errors.check(problems)) return;
        const body: { day: string; starts_at: string; place?: string; address?: string } = { day, starts_at: startsAt };
        if (place.trim() !== session.place) body.place = place.trim();
        if (address.trim() !== session.address) body.address = address.trim();
        move.mutate(
          { id: session.id, body },
          {
            onSuccess: () => {
              onMoved();
              onDone();
            },
            onError: (e) => errors.fromError(e),
          },
        );
      }}
    >
      <Stack gap="xs">
        <Text fw={700} id={titleId}>
          {t('reception.move.title')}
        </Text>
        <Text size="sm">{t('reception.move.hint')}</Text>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('reception.move.day')} required value={day} onChange={setDay} error={errors.fields.day} />
          <TextInput
            label={t('reception.move.startsAt')}
            placeholder={t('common.timePattern')}
            required
            maxLength={5}
            inputMode="numeric"
            value={startsAt}
            onChange={(event) => setStartsAt(event.currentTarget.value)}
            error={errors.fields.starts_at}
          />
        </SimpleGrid>
        {session.place_kind !== 'online' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('reception.move.place')}
              maxLength={300}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
              error={errors.fields.place}
            />
            <TextInput
              label={t('reception.move.address')}
              maxLength={300}
              value={address}
              onChange={(event) => setAddress(event.currentTarget.value)}
              error={errors.fields.address}
            />
          </SimpleGrid>
        )}
        <Group>
          <Button type="submit" loading={move.isPending}>
            {t('reception.move.confirm')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('reception.move.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
