// The booking form of one session: a free slot (or the waitlist when none is left), the topic and a
// short description. The answer says in words what happened: booked for 10:20, or on the waitlist.
import { Anchor, Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api/api_error';
import { useFormErrors, useSettledErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { FormAlert } from '../../components/FormAlert';
import { kPaths } from '../../lib/paths';
import { useBook } from './hooks';
import type { ReceptionBookingView, ReceptionSession } from './types';
import { BookingIcsLink } from './calendar_links';

const kFields = ['slot', 'topic', 'description'] as const;

function validate(topic: string): FieldProblems {
  return topic.trim() === '' ? { topic: 'required' } : {};
}

function languageOf(ui: string): 'kk' | 'ru' | 'en' {
  return ui === 'kk' || ui === 'en' ? ui : 'ru';
}

export function BookingForm({
  session,
  onBooked,
  onCancel,
}: {
  session: ReceptionSession;
  onBooked: (booking: ReceptionBookingView) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const free = session.slots.filter((slot) => slot.free > 0);
  const [slot, setSlot] = useState(free[0]?.start ?? '');
  const [topic, setTopic] = useState('');
  const [description, setDescription] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const errors = useFormErrors(kFields);
  useSettledErrors(errors.settle, validate(topic));
  const book = useBook(session.id);
  const prefix = `booking-${String(session.id)}`;

  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        setConflict(null);
        if (!errors.check(validate(topic))) return;
        book.mutate(
          {
            slot: free.length > 0 ? slot : undefined,
            topic: topic.trim(),
            description: description.trim() || undefined,
            language: languageOf(i18n.language),
          },
          {
            onSuccess: (booking) => onBooked(booking),
            onError: (error) => {
              const reason = isApiError(error) ? error.fields.session : undefined;
              if (reason) {
                errors.clear();
                setConflict(reason);
              } else errors.fromError(error);
            },
          },
        );
      }}
    >
      <Stack gap="sm">
        <Text fw={600} id={`${prefix}-title`}>
          {t('reception.book.title')}
        </Text>
        {conflict && (
          <FormAlert kind="error">
            {i18n.exists(`reception.book.conflict.${conflict}`)
              ? t(`reception.book.conflict.${conflict}` as never)
              : t('errors.code.conflict')}
          </FormAlert>
        )}
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        {free.length > 0 ? (
          <NativeSelect
            label={t('reception.book.slot')}
            name="slot"
            value={slot}
            onChange={(event) => setSlot(event.currentTarget.value)}
            error={errors.fields.slot}
            data={free.map((s) => ({
              value: s.start,
              label: `${s.start}–${s.end}`,
            }))}
          />
        ) : (
          <FormAlert kind="info">{t('reception.book.waitlistNote')}</FormAlert>
        )}
        <TextInput
          label={t('reception.book.topic')}
          description={t('reception.book.topicHint')}
          name="topic"
          required
          maxLength={200}
          value={topic}
          onChange={(event) => setTopic(event.currentTarget.value)}
          error={errors.fields.topic}
        />
        <Textarea
          label={`${t('reception.book.description')} (${t('common.optional')})`}
          name="description"
          autosize
          minRows={2}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.fields.description}
        />
        <Group>
          <Button type="submit" loading={book.isPending}>
            {free.length > 0 ? t('reception.book.submit') : t('reception.book.submitWaitlist')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('reception.book.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** «Вы записаны на 10:20» or «Вы в листе ожидания». */
export function BookedNote({ booking }: { booking: ReceptionBookingView }) {
  const { t } = useTranslation();
  return (
    <FormAlert kind="success">
      {booking.status === 'waitlisted'
        ? t('reception.book.waitlisted')
        : t('reception.book.booked', { time: booking.slot ?? booking.session.starts_at })}{' '}
      <Anchor component={Link} to={kPaths.myReceptions}>
        {t('reception.book.seeMine')}
      </Anchor>{' '}
      <BookingIcsLink bookingId={booking.id} />
    </FormAlert>
  );
}
