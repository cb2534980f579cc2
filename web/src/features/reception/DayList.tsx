// The reception day's list: per person the slot, name, phone, topic and status in words, with
// «Пришёл» / «Не пришёл», the record of the visit, and the appeal registered from it (its talon
// number links to the appeal).
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../components/DateField';
import { FormAlert } from '../../components/FormAlert';
import { useDraft } from '../../components/form_fields';
import { formatDay } from '../../lib/dates';
import { describeError } from '../../lib/i18n/error_text';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { kPaths } from '../../lib/paths';
import { useAppealFromVisit, useVisit, useVisitCategories } from './hooks';
import { BookingStatusBadge } from './StatusText';
import type { ReceptionBooking } from './types';

const kVisitFields = ['matter', 'promised', 'follow_up_on', 'category'] as const;
const kAppealFields = ['subject', 'body', 'type'] as const;

function VisitForm({ booking, onDone }: { booking: ReceptionBooking; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors(kVisitFields);
  const { values, bind, bindDate } = useDraft(
    {
      matter: booking.matter,
      promised: booking.promised,
      follow_up_on: booking.follow_up_on ?? '',
      category: booking.category ?? '',
    },
    errors.fields,
  );
  const visit = useVisit();
  const categories = useVisitCategories();
  const categoryOptions = [
    { value: '', label: t('reception.visitCategory.none') },
    ...(categories.data ?? []).map((c) => ({
      value: c.key,
      label: i18n.language === 'kk' ? c.name_kk : i18n.language === 'en' ? c.name_en : c.name_ru,
    })),
  ];
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={t('reception.day.visitRecord')}
      onSubmit={(event) => {
        event.preventDefault();
        visit.mutate(
          {
            id: booking.id,
            body: {
              attended: true,
              matter: values.matter.trim(),
              promised: values.promised.trim(),
              follow_up_on: values.follow_up_on || undefined,
              category: values.category || undefined,
            },
          },
          { onSuccess: onDone, onError: (e) => errors.fromError(e) },
        );
      }}
    >
      <Stack gap="xs">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Textarea label={t('reception.day.matter')} autosize minRows={2} maxLength={5000} {...bind('matter')} />
        <Textarea label={t('reception.day.promised')} autosize minRows={2} maxLength={2000} {...bind('promised')} />
        <DateField label={t('reception.day.followUpOn')} {...bindDate('follow_up_on')} />
        <NativeSelect label={t('reception.visitCategory.label')} data={categoryOptions} {...bind('category')} />
        <Group>
          <Button type="submit" loading={visit.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('reception.book.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function validateAppeal(subject: string, body: string): FieldProblems {
  const p: FieldProblems = {};
  if (subject.trim() === '') p.subject = 'required';
  else if ([...subject.trim()].length < 3) p.subject = 'too_short';
  if (body.trim() === '') p.body = 'required';
  else if ([...body.trim()].length < 10) p.body = 'too_short';
  return p;
}

function AppealForm({ booking, onDone }: { booking: ReceptionBooking; onDone: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(kAppealFields);
  const { values, bind } = useDraft({ subject: booking.topic, body: booking.matter || booking.description }, errors.fields);
  const appeal = useAppealFromVisit();
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={t('reception.day.registerAppeal')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!errors.check(validateAppeal(values.subject, values.body))) return;
        appeal.mutate(
          { id: booking.id, body: { subject: values.subject.trim(), body: values.body.trim() } },
          { onSuccess: onDone, onError: (e) => errors.fromError(e) },
        );
      }}
    >
      <Stack gap="xs">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <TextInput label={t('reception.day.appealSubject')} required maxLength={200} {...bind('subject')} />
        <Textarea label={t('reception.day.appealBody')} required autosize minRows={3} maxLength={20000} {...bind('body')} />
        <Group>
          <Button type="submit" loading={appeal.isPending}>
            {t('reception.day.registerAppealSubmit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('reception.book.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Open = 'none' | 'visit' | 'appeal';

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Text style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={600}>
        {term}:
      </Text>{' '}
      {children}
    </Text>
  );
}

function DayRow({ booking, canAct }: { booking: ReceptionBooking; canAct: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Open>('none');
  const [failed, setFailed] = useState<unknown>(null);
  const visit = useVisit();
  const visitable = booking.status === 'booked' || booking.status === 'checked_in' || booking.status === 'no_show';
  const titleId = `day-row-${String(booking.id)}`;
  const mark = (attended: boolean) => {
    setFailed(null);
    visit.mutate(
      {
        id: booking.id,
        body: {
          attended,
          matter: booking.matter,
          promised: booking.promised,
          follow_up_on: booking.follow_up_on ?? undefined,
        },
      },
      { onError: setFailed },
    );
  };
  return (
    <Paper component="li" withBorder p="md" data-testid="day-row" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Title order={3} size="h4" id={titleId}>
          {booking.slot ? `${booking.slot} — ` : ''}
          {booking.name}
        </Title>
        <div>
          <BookingStatusBadge status={booking.status} />
          {booking.walk_in && (
            <Text span ml="xs" size="sm">
              {t('reception.day.walkIn')}
            </Text>
          )}
        </div>
        {booking.phone && (
          <Fact term={t('reception.day.phone')}>
            <Anchor href={`tel:${booking.phone.replace(/[^\d+]/g, '')}`}>{booking.phone}</Anchor>
          </Fact>
        )}
        {booking.email && <Fact term={t('reception.day.email')}>{booking.email}</Fact>}
        <Fact term={t('reception.book.topic')}>{booking.topic}</Fact>
        {booking.description && <Fact term={t('reception.book.description')}>{booking.description}</Fact>}
        {booking.matter && <Fact term={t('reception.day.matter')}>{booking.matter}</Fact>}
        {booking.promised && <Fact term={t('reception.day.promised')}>{booking.promised}</Fact>}
        {booking.follow_up_on && (
          <Fact term={t('reception.day.followUpOn')}>{formatDay(booking.follow_up_on, i18n.language)}</Fact>
        )}
        {booking.appeal_id !== null && booking.appeal_number !== null && (
          <FormAlert kind="success">
            {t('reception.day.appealRegistered')}{' '}
            <Anchor component={Link} to={kPaths.appeal(booking.appeal_id)} data-testid="day-row-appeal">
              {booking.appeal_number}
            </Anchor>
          </FormAlert>
        )}
        {failed !== null && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), failed).summary}</FormAlert>
        )}
        {canAct && open === 'visit' && <VisitForm booking={booking} onDone={() => setOpen('none')} />}
        {canAct && open === 'appeal' && <AppealForm booking={booking} onDone={() => setOpen('none')} />}
        {canAct && open === 'none' && visitable && (
          <Group gap="xs">
            {booking.status !== 'checked_in' && (
              <Button size="sm" loading={visit.isPending} onClick={() => mark(true)}>
                {t('reception.day.came')}
              </Button>
            )}
            {booking.status !== 'no_show' && booking.appeal_id === null && (
              <Button size="sm" variant="default" loading={visit.isPending} onClick={() => mark(false)}>
                {t('reception.day.noShow')}
              </Button>
            )}
            {booking.status === 'checked_in' && (
              <Button size="sm" variant="default" onClick={() => setOpen('visit')}>
                {t('reception.day.visitRecord')}
              </Button>
            )}
            {booking.status === 'checked_in' && booking.appeal_id === null && (
              <Button size="sm" variant="default" onClick={() => setOpen('appeal')}>
                {t('reception.day.registerAppeal')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function DayList({ items, canAct }: { items: ReceptionBooking[]; canAct: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('reception.day.empty')}</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('reception.day.listLabel')}>
      {items.map((booking) => (
        <DayRow key={booking.id} booking={booking} canAct={canAct} />
      ))}
    </Stack>
  );
}
