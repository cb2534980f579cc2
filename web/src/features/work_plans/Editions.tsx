// The editions of a published work plan on its page: each «Edition N of <date in words>» with its
// «what changed» note, a link to the plan as that edition froze it. The maslikhat's staff fix a new
// edition below: the notes in Kazakh and Russian (both required from edition 2, said under the
// fields); focus goes to the first field in error, and to the new edition's link once it is fixed.
import { Anchor, Button, Fieldset, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { pick } from '../directory';
import { useFixVersion, type WorkPlanDetail, type WorkPlanVersion } from './hooks';
import { dateInWords } from './labels';

const kFields = ['note_kk', 'note_ru'] as const;

export function editionPath(planId: number, number: number): string {
  return `/work-plans/${String(planId)}/versions/${String(number)}`;
}

/** «Edition 2 of 3 June 2026». */
export function editionName(t: TFunction, v: WorkPlanVersion): string {
  return t('workPlans.editions.name', { number: v.number, date: dateInWords(t, v.fixed_at) });
}

export function FixEditionForm({ plan, onFixed }: { plan: WorkPlanDetail; onFixed: (number: number) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors(kFields);
  const fix = useFixVersion();
  const [notes, setNotes] = useState({ note_kk: '', note_ru: '' });
  const next = plan.versions.length + 1;
  const bind = (field: (typeof kFields)[number]) => ({
    name: field,
    value: notes[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setNotes((current) => ({ ...current, [field]: value }));
    },
    error: errors.fields[field],
  });
  const legend = t('workPlans.editions.fix');
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={legend}
      data-testid="fix-edition-form"
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        if (next > 1) for (const f of kFields) if (notes[f].trim() === '') problems[f] = 'required';
        if (!errors.check(problems)) return;
        fix.mutate(
          { id: plan.id, body: { note_kk: notes.note_kk.trim(), note_ru: notes.note_ru.trim() } },
          {
            onSuccess: (fixed) => {
              setNotes({ note_kk: '', note_ru: '' });
              onFixed(fixed.versions.at(-1)?.number ?? next);
            },
            onError: (e: unknown) => errors.fromError(e),
          },
        );
      }}
    >
      <Fieldset legend={legend}>
        <Stack gap="sm">
          <Text size="sm">{t('workPlans.editions.fixHint', { number: next })}</Text>
          <Textarea label={t('workPlans.editions.noteKk')} lang="kk" required={next > 1} autosize minRows={2} maxRows={6} maxLength={1000} {...bind('note_kk')} />
          <Textarea label={t('workPlans.editions.noteRu')} lang="ru" required={next > 1} autosize minRows={2} maxRows={6} maxLength={1000} {...bind('note_ru')} />
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <Group>
            <Button type="submit" loading={fix.isPending}>
              {t('workPlans.editions.submit', { number: next })}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}

export function Editions({ plan }: { plan: WorkPlanDetail }) {
  const { t, i18n } = useTranslation();
  const [focusOn, setFocusOn] = useState(0);
  useEffect(() => {
    if (focusOn > 0) document.getElementById(`edition-${String(focusOn)}`)?.focus();
  }, [focusOn, plan.versions.length]);
  return (
    <section aria-labelledby="plan-editions" data-testid="plan-editions">
      <Title order={2} size="h3" id="plan-editions">
        {t('workPlans.editions.heading')}
      </Title>
      <Text size="sm">{t('workPlans.editions.intro')}</Text>
      {plan.versions.length > 0 && (
        <Stack component="ol" gap={6} p={0} mt="xs" mb={0} style={{ listStyle: 'none' }} data-testid="plan-editions-list">
          {plan.versions.map((v) => {
            const note = pick(i18n.language, v.note_kk, v.note_ru);
            return (
              <li key={v.number}>
                <Anchor component={Link} to={editionPath(plan.id, v.number)} id={`edition-${String(v.number)}`}>
                  {editionName(t, v)}
                </Anchor>
                {note && (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {t('workPlans.editions.changed', { note })}
                  </Text>
                )}
              </li>
            );
          })}
        </Stack>
      )}
      {plan.can_edit && (
        <Stack mt="sm">
          <FixEditionForm plan={plan} onFixed={setFocusOn} />
        </Stack>
      )}
    </section>
  );
}
