// /appeals/register: staff register an appeal received on paper, orally, by phone, by e-mail or at
// a reception, on behalf of the applicant; the talon follows.
import { Button, Fieldset, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { isUiLanguage } from '../../../lib/i18n/i18n';
import { RequireMe } from '../../../components/RequireMe';
import { msToLocalInput } from '../../../lib/dates';
import { deputyName, localized, useMaslikhatDeputies, useMaslikhats } from '../../directory';
import { FiledTalon } from '../FiledTalon';
import { useFileAppeal } from '../hooks';
import { staffMaslikhatIds } from '../roles';
import type { FiledAppeal } from '../types';
import { useSettledErrors } from '../../../lib/forms/use_form_errors';
import { useAppealFormErrors } from '../use_appeal_form_errors';
import { AppealFields } from '../file/AppealFields';
import { appealRequest, emptyAppealInput, kAppealFormFields, validateAppeal, type Addressee, type AppealInput } from '../file/appeal_input';
import { applicantFields, defaultContact, emptyApplicant, kApplicantFields, validateApplicant, type ApplicantInput } from './applicant_input';
import { ApplicantFields } from './ApplicantFields';

const kFields = [...kAppealFormFields, ...kApplicantFields] as const;

function RegisterForm({
  maslikhatIds,
  onFiled,
}: {
  maslikhatIds: number[];
  onFiled: (filed: FiledAppeal, addressee: Addressee) => void;
}) {
  const { t, i18n } = useTranslation();
  const file = useFileAppeal();
  const errors = useAppealFormErrors(kFields);
  const maslikhats = useMaslikhats();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const deputies = useMaslikhatDeputies(maslikhatId);
  const [to, setTo] = useState<'maslikhat' | 'deputy'>('maslikhat');
  const [deputyId, setDeputyId] = useState('');
  const [applicant, setApplicant] = useState<ApplicantInput>(() => emptyApplicant(msToLocalInput(Date.now())));
  const [draft, setInput] = useState<AppealInput>(() => emptyAppealInput(isUiLanguage(i18n.language) ? i18n.language : 'kk'));
  // The answer channel follows what the applicant can receive until staff choose one themselves.
  const [contactChosen, setContactChosen] = useState(false);
  const input: AppealInput = contactChosen ? draft : { ...draft, contact: defaultContact(applicant) };
  const nameOf = (id: number) => {
    const found = maslikhats.data?.items.find((m) => m.id === id);
    return found ? localized(i18n.language, found, 'name') : `#${id}`;
  };

  function addressee(): Addressee | null {
    if (to === 'maslikhat') return { kind: 'maslikhat', maslikhatId, label: nameOf(maslikhatId) };
    const deputy = deputies.data?.find((d) => String(d.id) === deputyId);
    return deputy ? { kind: 'deputy', deputyId: deputy.id, maslikhatId, label: deputyName(i18n.language, deputy) } : null;
  }

  useSettledErrors(errors.settle, { ...validateApplicant(applicant), ...validateAppeal(input, addressee(), to) });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const target = addressee();
    const problems = { ...validateApplicant(applicant), ...validateAppeal(input, target, to) };
    if (!errors.check(problems) || !target) return;
    file.mutate(
      { ...appealRequest(input, target), ...applicantFields(applicant) },
      { onSuccess: (filed) => onFiled(filed, target), onError: (error) => errors.fromError(error) },
    );
  }

  return (
    <form ref={errors.formRef} onSubmit={onSubmit} noValidate aria-label={t('appeals.register.title')}>
      <Stack gap="lg">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        {maslikhatIds.length > 1 ? (
          <NativeSelect
            label={t('appeals.register.maslikhat')}
            value={String(maslikhatId)}
            onChange={(event) => {
              setMaslikhatId(Number(event.currentTarget.value));
              setDeputyId('');
            }}
            data={maslikhatIds.map((id) => ({ value: String(id), label: nameOf(id) }))}
          />
        ) : (
          <Text>
            <Text component="span" fw={600}>
              {t('appeals.register.maslikhat')}:
            </Text>{' '}
            {nameOf(maslikhatId)}
          </Text>
        )}
        <ApplicantFields
          input={applicant}
          onChange={(patch) => setApplicant((current) => ({ ...current, ...patch }))}
          errors={errors.fields}
        />
        <Fieldset legend={t('appeals.register.addressee')}>
          <Stack gap="sm">
            <Group gap="lg">
              {(['maslikhat', 'deputy'] as const).map((option) => (
                <Radio
                  key={option}
                  name="addressee"
                  value={option}
                  checked={to === option}
                  onChange={() => setTo(option)}
                  label={t(option === 'maslikhat' ? 'appeals.register.toMaslikhat' : 'appeals.register.toDeputy')}
                />
              ))}
            </Group>
            {to === 'deputy' && (
              <NativeSelect
                label={t('appeals.actions.deputy')}
                name="deputy_id"
                required
                value={deputyId}
                onChange={(event) => setDeputyId(event.currentTarget.value)}
                data={[
                  { value: '', label: t('appeals.actions.chooseDeputy') },
                  ...(deputies.data ?? []).map((d) => ({ value: String(d.id), label: deputyName(i18n.language, d) })),
                ]}
                error={errors.fields.deputy_id}
              />
            )}
          </Stack>
        </Fieldset>
        <AppealFields
          input={input}
          onChange={(patch) => {
            if (patch.contact !== undefined) setContactChosen(true);
            setInput((current) => ({ ...current, ...patch }));
          }}
          errors={errors.fields}
          forStaff
        />
        <div>
          <Button type="submit" loading={file.isPending}>
            {t('appeals.register.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function RegisterAppeal({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t } = useTranslation();
  const [filed, setFiled] = useState<{ appeal: FiledAppeal; addressee: Addressee } | null>(null);
  const [round, setRound] = useState(0);
  if (filed) {
    const { appeal, addressee } = filed;
    return (
      <FiledTalon
        appeal={appeal}
        addressee={addressee}
        email={appeal.anonymous || !appeal.applicant.email ? null : appeal.applicant.email}
        listLabel={t('appeals.detail.back')}
        forStaff
        onAnother={() => {
          setFiled(null);
          setRound((n) => n + 1);
        }}
      />
    );
  }
  return (
    <Stack gap="md">
      <Text>{t('appeals.register.intro')}</Text>
      <RegisterForm key={round} maslikhatIds={maslikhatIds} onFiled={(appeal, addressee) => setFiled({ appeal, addressee })} />
    </Stack>
  );
}

export function RegisterAppealPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('appeals.register.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          return ids.length > 0 ? (
            <RegisterAppeal maslikhatIds={ids} />
          ) : (
            <FormAlert kind="error">{t('appeals.register.forbidden')}</FormAlert>
          );
        }}
      </RequireMe>
    </Page>
  );
}
