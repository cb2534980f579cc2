// Deputy requests (депутатские запросы) about this appeal: the list with the bodies' answers, and a
// form to send a new one to an executive body (the handling deputy or staff).
import { Button, Loader, NativeSelect, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { useDeputyRequests, useExecutiveBodies, useSendDeputyRequest } from '../control_hooks';
import { localized } from '../../directory';
import type { Appeal, AppealStatus, ExecutiveBody } from '../types';
import { useAppealFormErrors } from '../use_appeal_form_errors';
import { DeputyRequestCard, useBodyName } from '../requests/DeputyRequestCard';

const kFields = ['body_id', 'text', 'due_working_days'] as const;

/** A new request is for an appeal still in work; an answered, closed or forwarded one needs none. */
const kNoNewRequest: readonly AppealStatus[] = ['answered', 'closed', 'forwarded', 'not_considered'];

function SendForm({ appeal, options }: { appeal: Appeal; options: ExecutiveBody[] }) {
  const { t, i18n } = useTranslation();
  const send = useSendDeputyRequest(appeal.id);
  const errors = useAppealFormErrors(kFields);
  const [bodyId, setBodyId] = useState('');
  const [text, setText] = useState('');
  const [days, setDays] = useState<number | string>(15);
  const [sent, setSent] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(false);
    const problems: Record<string, string> = {};
    if (bodyId === '') problems.body_id = 'required';
    if (text.trim() === '') problems.text = 'required';
    const n = typeof days === 'number' ? days : Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 60) problems.due_working_days = 'invalid';
    if (!errors.check(problems)) return;
    send.mutate(
      { body_id: Number(bodyId), text: text.trim(), due_working_days: n },
      {
        onSuccess: () => {
          setSent(true);
          setText('');
          setBodyId('');
          setDays(15);
        },
        onError: (error) => errors.fromError(error),
      },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-labelledby="deputy-request-new-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="deputy-request-new-title">
          {t('appeals.requests.new')}
        </Title>
        <div aria-live="polite">{sent && <FormAlert kind="success">{t('appeals.requests.sent')}</FormAlert>}</div>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <NativeSelect
          label={t('appeals.requests.body')}
          required
          value={bodyId}
          onChange={(event) => setBodyId(event.currentTarget.value)}
          data={[
            { value: '', label: t('appeals.requests.chooseBody') },
            ...options.map((b) => ({ value: String(b.id), label: localized(i18n.language, b, 'name') })),
          ]}
          error={errors.fields.body_id}
        />
        <Textarea
          label={t('appeals.requests.text')}
          required
          autosize
          minRows={4}
          maxLength={20000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.fields.text}
        />
        <NumberInput
          label={t('appeals.requests.days')}
          description={t('appeals.requests.daysHint')}
          required
          min={1}
          max={60}
          allowDecimal={false}
          allowNegative={false}
          value={days}
          onChange={setDays}
          error={errors.fields.due_working_days}
          maw={260}
        />
        <div>
          <Button type="submit" loading={send.isPending}>
            {t('appeals.requests.send')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export function DeputyRequests({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  const requests = useDeputyRequests(appeal.id);
  const bodyName = useBodyName();
  const bodies = useExecutiveBodies();
  const items = requests.data?.items ?? [];
  // Bodies of the appeal's maslikhat and those of every maslikhat.
  const options = (bodies.data?.items ?? []).filter((b) => b.maslikhat_id === null || b.maslikhat_id === appeal.maslikhat_id);
  const closed = kNoNewRequest.includes(appeal.status);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="deputy-requests-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="deputy-requests-title">
          {t('appeals.requests.title')}
        </Title>
        {requests.isPending && <Loader aria-label={t('common.loading')} />}
        {requests.isError && (
          <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), requests.error).summary}</FormAlert>
        )}
        {requests.isSuccess && items.length === 0 && <Text>{t('appeals.requests.none')}</Text>}
        {items.length > 0 && (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((request) => (
              <li key={request.id}>
                <DeputyRequestCard request={request} bodyName={bodyName(request.body_id)} level={3} />
              </li>
            ))}
          </Stack>
        )}
        {/* A form that cannot be used is not shown; one line says why. */}
        {closed ? (
          <Text data-testid="deputy-request-unavailable">
            {t('appeals.requests.notNow', { status: t(`appeals.status.${appeal.status}`) })}
          </Text>
        ) : bodies.isSuccess && options.length === 0 ? (
          <Text data-testid="deputy-request-unavailable">{t('appeals.requests.noBodies')}</Text>
        ) : (
          bodies.isSuccess && <SendForm appeal={appeal} options={options} />
        )}
      </Stack>
    </Paper>
  );
}
