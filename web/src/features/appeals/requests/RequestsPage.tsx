// /requests: a liaison of an executive body reads the deputy requests sent to their body and
// answers each; answered ones show the answer.
import { Button, Loader, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { describeError } from '../../../lib/i18n/error_text';
import { RequireMe } from '../../../components/RequireMe';
import { useAnswerDeputyRequest, useDeputyRequests } from '../control_hooks';
import { liaisonBodyIds } from '../roles';
import type { DeputyRequest } from '../types';
import { useAppealFormErrors } from '../use_appeal_form_errors';
import { DeputyRequestCard, useBodyName } from './DeputyRequestCard';

const kFields = ['text', 'status'] as const;

export function RequestAnswerForm({ request }: { request: DeputyRequest }) {
  const { t } = useTranslation();
  const answer = useAnswerDeputyRequest();
  const errors = useAppealFormErrors(kFields);
  const [text, setText] = useState('');
  const [done, setDone] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(text.trim() === '' ? { text: 'required' } : {})) return;
    answer.mutate({ id: request.id, text: text.trim() }, { onSuccess: () => setDone(true), onError: (e) => errors.fromError(e) });
  }

  if (done) return <FormAlert kind="success">{t('appeals.requests.answered')}</FormAlert>;
  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('appeals.requests.yourAnswer')}>
      <Stack gap="sm">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Textarea
          label={t('appeals.requests.yourAnswer')}
          required
          autosize
          minRows={4}
          maxLength={20000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.fields.text}
        />
        <div>
          <Button type="submit" loading={answer.isPending}>
            {t('appeals.requests.answerSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export function RequestList() {
  const { t, i18n } = useTranslation();
  const requests = useDeputyRequests(null);
  const bodyName = useBodyName();
  const items = requests.data?.items ?? [];
  // Unanswered first, then the newest.
  const sorted = [...items].sort((a, b) => Number(a.status === 'answered') - Number(b.status === 'answered') || b.id - a.id);
  return (
    <Stack gap="md">
      <Text>{t('appeals.requests.pageIntro')}</Text>
      {requests.isPending && <Loader aria-label={t('common.loading')} />}
      {requests.isError && (
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), requests.error).summary}</FormAlert>
      )}
      {requests.isSuccess && items.length === 0 && <Text>{t('appeals.requests.pageEmpty')}</Text>}
      {sorted.length > 0 && (
        <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {sorted.map((request) => (
            <li key={request.id}>
              <DeputyRequestCard request={request} bodyName={bodyName(request.body_id)} level={2}>
                {request.status === 'sent' && <RequestAnswerForm request={request} />}
              </DeputyRequestCard>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function RequestsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('appeals.requests.pageTitle')}>
      <RequireMe>
        {(me) =>
          liaisonBodyIds(me).length > 0 ? <RequestList /> : <FormAlert kind="error">{t('appeals.requests.forbidden')}</FormAlert>
        }
      </RequireMe>
    </Page>
  );
}
