// The reception day (/receptions/:id), for the maslikhat's staff and the deputy who receives: the
// session, everyone booked (the waitlist after), and a form for a person who came without booking.
import { Anchor, Button, Group, Loader, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { EmailField, PhoneField, useDraft } from '../../components/form_fields';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { describeError } from '../../lib/i18n/error_text';
import { useFormErrors, useSettledErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { kPaths } from '../../lib/paths';
import { DayList } from './DayList';
import { useDayList, useWalkIn } from './hooks';
import { hostName, sessionDayText } from './reception_text';
import { SessionFacts } from './SessionFacts';

const kWalkInFields = ['name', 'phone', 'email', 'topic'] as const;

function validateWalkIn(v: { name: string; topic: string }): FieldProblems {
  const p: FieldProblems = {};
  if (v.name.trim() === '') p.name = 'required';
  if (v.topic.trim() === '') p.topic = 'required';
  return p;
}

function WalkInForm({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const errors = useFormErrors(kWalkInFields);
  const empty = { name: '', phone: '', email: '', topic: '' };
  const { values, setValues, bind } = useDraft(empty, errors.fields);
  useSettledErrors(errors.settle, validateWalkIn(values));
  const walkIn = useWalkIn(sessionId);
  const [added, setAdded] = useState(false);
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-labelledby="walk-in-title"
      onSubmit={(event) => {
        event.preventDefault();
        setAdded(false);
        if (!errors.check(validateWalkIn(values))) return;
        walkIn.mutate(
          {
            name: values.name.trim(),
            phone: values.phone.trim() || undefined,
            email: values.email.trim() || undefined,
            topic: values.topic.trim(),
          },
          {
            onSuccess: () => {
              setValues(empty);
              setAdded(true);
            },
            onError: (e) => errors.fromError(e),
          },
        );
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="walk-in-title">
          {t('reception.day.walkInTitle')}
        </Title>
        {added && <FormAlert kind="success">{t('reception.day.walkInAdded')}</FormAlert>}
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <TextInput label={t('reception.day.name')} required maxLength={200} {...bind('name')} />
        <PhoneField label={`${t('reception.day.phone')} (${t('common.optional')})`} bind={bind} />
        <EmailField label={`${t('reception.day.email')} (${t('common.optional')})`} bind={bind} />
        <TextInput label={t('reception.book.topic')} required maxLength={200} {...bind('topic')} />
        <Group>
          <Button type="submit" loading={walkIn.isPending}>
            {t('reception.day.walkInSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Day({ sessionId }: { sessionId: number }) {
  const { t, i18n } = useTranslation();
  const day = useDayList(sessionId);
  if (day.isPending) return <Loader aria-label={t('common.loading')} />;
  if (day.isError)
    return <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), day.error).summary}</FormAlert>;
  const { session, items } = day.data;
  const open = session.status === 'scheduled';
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap={6}>
          <SessionFacts session={session} withHost />
        </Stack>
      </Paper>
      {!open && (
        <FormAlert kind="info">
          {t('reception.staff.cancelled')} {session.cancel_reason}
        </FormAlert>
      )}
      <Stack gap="sm" component="section" aria-labelledby="day-list-title">
        <Title order={2} size="h3" id="day-list-title">
          {t('reception.day.listTitle')} — {hostName(session, i18n.language)}, {sessionDayText(t, session.day, i18n.language)}
        </Title>
        <DayList items={items} canAct={open} />
      </Stack>
      {open && (
        <Paper withBorder p="md" component="section" aria-labelledby="walk-in-title">
          <WalkInForm sessionId={sessionId} />
        </Paper>
      )}
      <Anchor component={Link} to={kPaths.receptions}>
        {t('reception.day.back')}
      </Anchor>
    </Stack>
  );
}

export function ReceptionDayPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <Page title={t('reception.day.title')}>
      <RequireMe>{() => <Day sessionId={Number(id)} />}</RequireMe>
    </Page>
  );
}
