// /appeals/new: a signed-in citizen writes to their deputy, a commission or a maslikhat and gets a
// talon.
import { Button, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import type { Me } from '../../../lib/api/types';
import { isUiLanguage } from '../../../lib/i18n/i18n';
import { RequireMe } from '../../../components/RequireMe';
import { useSettledErrors } from '../../../lib/forms/use_form_errors';
import { deputyName, useDeputy } from '../../directory';
import { FiledTalon } from '../FiledTalon';
import { useFileAppeal } from '../hooks';
import type { FiledAppeal } from '../types';
import { useAppealFormErrors } from '../use_appeal_form_errors';
import { AddresseePicker, type AddresseeKind } from './AddresseePicker';
import { AppealFields } from './AppealFields';
import {
  appealRequest,
  emptyAppealInput,
  kAppealFormFields,
  validateAppeal,
  type Addressee,
  type AppealInput,
} from './appeal_input';

function NewAppealForm({
  initial,
  onFiled,
}: {
  initial: Addressee | null;
  onFiled: (filed: FiledAppeal, addressee: Addressee) => void;
}) {
  const { t, i18n } = useTranslation();
  const file = useFileAppeal();
  const errors = useAppealFormErrors(kAppealFormFields);
  const [kind, setKind] = useState<AddresseeKind>(initial?.kind ?? 'deputy');
  const [addressee, setAddressee] = useState<Addressee | null>(initial);
  const [commissionMaslikhat, setCommissionMaslikhat] = useState<number | null>(null);
  const [input, setInput] = useState<AppealInput>(() =>
    emptyAppealInput(isUiLanguage(i18n.language) ? i18n.language : 'kk'),
  );
  const missing = kind === 'commission' && commissionMaslikhat === null ? 'maslikhat' : kind;
  const problems = validateAppeal(input, addressee, missing);
  useSettledErrors(errors.settle, problems);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!errors.check(problems) || !addressee) return;
    file.mutate(appealRequest(input, addressee), {
      onSuccess: (filed) => onFiled(filed, addressee),
      onError: (error) => errors.fromError(error),
    });
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('appeals.new.title')}>
      <Stack gap="lg">
        <Text>{t('appeals.form.deadlineNote')}</Text>
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <AddresseePicker
          kind={kind}
          onKindChange={setKind}
          value={addressee}
          onChange={setAddressee}
          commissionMaslikhat={commissionMaslikhat}
          onCommissionMaslikhatChange={setCommissionMaslikhat}
          errors={errors.fields}
        />
        <AppealFields
          input={input}
          onChange={(patch) => setInput((current) => ({ ...current, ...patch }))}
          errors={errors.fields}
        />
        <div>
          <Button type="submit" loading={file.isPending}>
            {t('appeals.form.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** The deputy named by ?deputy_id=, as a ready addressee. */
function useLinkedDeputy(): { pending: boolean; addressee: Addressee | null } {
  const { i18n } = useTranslation();
  const [params] = useSearchParams();
  const raw = params.get('deputy_id');
  const id = raw && /^\d+$/.test(raw) ? Number(raw) : null;
  const deputy = useDeputy(id);
  if (id === null) return { pending: false, addressee: null };
  if (deputy.isPending) return { pending: true, addressee: null };
  if (!deputy.data) return { pending: false, addressee: null };
  return {
    pending: false,
    addressee: {
      kind: 'deputy',
      deputyId: deputy.data.id,
      maslikhatId: deputy.data.maslikhat_id,
      label: deputyName(i18n.language, deputy.data),
    },
  };
}

function NewAppeal({ me }: { me: Me }) {
  const { t } = useTranslation();
  const linked = useLinkedDeputy();
  const [filed, setFiled] = useState<{ appeal: FiledAppeal; addressee: Addressee } | null>(null);
  const [round, setRound] = useState(0);

  if (linked.pending) return <Loader aria-label={t('appeals.addressee.loadingDeputy')} />;
  if (filed) {
    const { appeal, addressee } = filed;
    return (
      <FiledTalon
        appeal={appeal}
        addressee={addressee}
        email={appeal.applicant.email || me.email || null}
        listLabel={t('appeals.home.mine')}
        onAnother={() => {
          setFiled(null);
          setRound((n) => n + 1);
        }}
      />
    );
  }
  return (
    <NewAppealForm
      key={round}
      initial={linked.addressee}
      onFiled={(appeal, addressee) => setFiled({ appeal, addressee })}
    />
  );
}

export function NewAppealPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('appeals.new.title')}>
      <RequireMe>{(me) => <NewAppeal me={me} />}</RequireMe>
    </Page>
  );
}
