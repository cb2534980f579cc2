// The maslikhat's staff record a decision or change one: number, titles and texts in kk and ru,
// the agenda item, the status, the vote (counts, or by name: then the counts follow the names)
// and the act of the registry it makes or changes, picked from the maslikhat's acts.
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { useActs } from '../acts';
import { pick } from '../directory';
import {
  kDecisionStatuses,
  kVotes,
  useAddDecision,
  useUpdateDecision,
  type Decision,
  type DecisionChange,
  type SittingDetail,
  type Vote,
} from './hooks';

const kFields = [
  'number',
  'title_kk',
  'title_ru',
  'text_kk',
  'text_ru',
  'status',
  'votes_for',
  'votes_against',
  'votes_abstained',
  'by_name',
  'agenda_item_id',
  'act_id',
] as const;

interface Values {
  number: string;
  title_kk: string;
  title_ru: string;
  text_kk: string;
  text_ru: string;
  status: string; // '' — as the vote gives
  agenda_item_id: string;
  act_id: string;
  votes_for: string;
  votes_against: string;
  votes_abstained: string;
}

function valuesOf(d: Decision | undefined): Values {
  return {
    number: d?.number ?? '',
    title_kk: d?.title_kk ?? '',
    title_ru: d?.title_ru ?? '',
    text_kk: d?.text_kk ?? '',
    text_ru: d?.text_ru ?? '',
    status: d?.status === 'withdrawn' ? 'withdrawn' : '', // adopted, rejected, draft: as the vote gives
    agenda_item_id: d?.agenda_item_id != null ? String(d.agenda_item_id) : '',
    act_id: d?.act_id != null ? String(d.act_id) : '',
    votes_for: String(d?.votes_for ?? 0),
    votes_against: String(d?.votes_against ?? 0),
    votes_abstained: String(d?.votes_abstained ?? 0),
  };
}

function namedOf(d: Decision | undefined): Record<number, Vote> {
  const out: Record<number, Vote> = {};
  for (const v of d?.by_name ?? []) out[v.deputy_id] = v.vote;
  return out;
}

// The acts of the maslikhat to link: the newest, or those matching a search; the linked one stays.
function ActPicker({
  sitting,
  decision,
  value,
  onChange,
  error,
}: {
  sitting: SittingDetail;
  decision: Decision | undefined;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const acts = useActs({ maslikhat: sitting.maslikhat_id, ...(search.trim() ? { q: search.trim() } : {}) });
  const options = useMemo(() => {
    const list = (acts.data?.pages[0]?.items ?? []).map((a) => ({
      value: String(a.id),
      label: `№ ${a.number} — ${pick(i18n.language, a.title_kk, a.title_ru)}`,
    }));
    if (decision?.act && decision.act_id !== null && !list.some((o) => o.value === String(decision.act_id)))
      list.unshift({ value: String(decision.act_id), label: `№ ${decision.act.number} — ${pick(i18n.language, decision.act.title_kk, decision.act.title_ru)}` });
    return [{ value: '', label: t('sittings.staff.noAct') }, ...list];
  }, [acts.data, decision, i18n.language, t]);
  return (
    <Stack gap={4}>
      <TextInput
        label={t('sittings.staff.actSearch')}
        description={t('sittings.staff.actIdHint')}
        value={search}
        maxLength={200}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <NativeSelect
        label={t('sittings.staff.act')}
        name="act_id"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={options}
        error={error}
      />
    </Stack>
  );
}

export function DecisionForm({ sitting, decision, onDone }: { sitting: SittingDetail; decision?: Decision; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const errors = useFormErrors(kFields);
  const add = useAddDecision();
  const update = useUpdateDecision();
  const [v, setV] = useState<Values>(() => valuesOf(decision));
  const [named, setNamed] = useState<Record<number, Vote>>(() => namedOf(decision));
  const tally = useMemo(() => {
    const out: Record<Vote, number> = { for: 0, against: 0, abstained: 0 };
    for (const vote of Object.values(named)) out[vote] += 1;
    return out;
  }, [named]);
  const byName = Object.keys(named).length > 0;
  const bind = (field: keyof Values) => ({
    name: field,
    value: v[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setV((current) => ({ ...current, [field]: value }));
    },
    error: errors.fields[field],
  });
  const count = (field: 'votes_for' | 'votes_against' | 'votes_abstained', vote: Vote) =>
    byName ? { name: field, value: String(tally[vote]), readOnly: true, error: errors.fields[field] } : bind(field);
  const legend = decision ? t('sittings.staff.editDecision', { number: decision.number }) : t('sittings.staff.addDecision');
  const pending = add.isPending || update.isPending;
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={legend}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        for (const f of ['number', 'title_kk', 'title_ru'] as const) if (v[f].trim() === '') problems[f] = 'required';
        if (!byName) for (const f of ['votes_for', 'votes_against', 'votes_abstained'] as const) if (!/^\d{1,4}$/.test(v[f])) problems[f] = 'invalid';
        if (!errors.check(problems)) return;
        const body: DecisionChange = {
          number: v.number.trim(),
          title_kk: v.title_kk.trim(),
          title_ru: v.title_ru.trim(),
          text_kk: v.text_kk.trim(),
          text_ru: v.text_ru.trim(),
          agenda_item_id: v.agenda_item_id ? Number(v.agenda_item_id) : null,
          act_id: v.act_id ? Number(v.act_id) : null,
          ...(v.status ? { status: v.status as Decision['status'] } : {}),
          ...(byName
            ? { by_name: Object.entries(named).map(([id, vote]) => ({ deputy_id: Number(id), vote })) }
            : { votes_for: Number(v.votes_for), votes_against: Number(v.votes_against), votes_abstained: Number(v.votes_abstained) }),
        };
        const done = {
          onSuccess: () => {
            if (!decision) {
              setV(valuesOf(undefined));
              setNamed({});
            }
            onDone?.();
          },
          onError: (e: unknown) => errors.fromError(e),
        };
        if (decision) update.mutate({ id: sitting.id, decisionId: decision.id, body }, done);
        else add.mutate({ id: sitting.id, body: { ...body, number: body.number ?? '', title_kk: body.title_kk ?? '', title_ru: body.title_ru ?? '' } }, done);
      }}
    >
      <Fieldset legend={legend}>
        <Stack gap="sm">
          <TextInput label={t('sittings.staff.decisionNumber')} required maxLength={100} {...bind('number')} />
          <TextInput label={t('sittings.staff.titleKk')} lang="kk" required maxLength={1000} {...bind('title_kk')} />
          <TextInput label={t('sittings.staff.titleRu')} lang="ru" required maxLength={1000} {...bind('title_ru')} />
          <Textarea label={t('sittings.staff.textKk')} lang="kk" autosize minRows={3} maxRows={12} maxLength={100000} {...bind('text_kk')} />
          <Textarea label={t('sittings.staff.textRu')} lang="ru" autosize minRows={3} maxRows={12} maxLength={100000} {...bind('text_ru')} />
          <NativeSelect
            label={t('sittings.staff.item')}
            {...bind('agenda_item_id')}
            data={[
              { value: '', label: t('sittings.staff.noItem') },
              ...sitting.agenda.map((a) => ({ value: String(a.id), label: `${String(a.position)}. ${pick(i18n.language, a.title_kk, a.title_ru)}` })),
            ]}
          />
          <NativeSelect
            label={t('sittings.staff.status')}
            description={t('sittings.staff.statusHint')}
            {...bind('status')}
            data={[{ value: '', label: t('sittings.staff.statusByVote') }, ...kDecisionStatuses.map((s) => ({ value: s, label: t(`sittings.status.${s}`) }))]}
          />
          <SimpleGrid cols={3} spacing="xs">
            <TextInput label={t('sittings.vote.for')} inputMode="numeric" maxLength={4} {...count('votes_for', 'for')} />
            <TextInput label={t('sittings.vote.against')} inputMode="numeric" maxLength={4} {...count('votes_against', 'against')} />
            <TextInput label={t('sittings.vote.abstained')} inputMode="numeric" maxLength={4} {...count('votes_abstained', 'abstained')} />
          </SimpleGrid>
          <Fieldset legend={t('sittings.staff.byName')} variant="unstyled">
            <Text size="sm" c="dimmed">
              {t('sittings.staff.byNameHint')}
            </Text>
            {errors.fields.by_name && (
              <Text size="sm" c="red.9" role="alert">
                {errors.fields.by_name}
              </Text>
            )}
            <Table.ScrollContainer minWidth={0}>
              <Table layout="fixed" verticalSpacing={4}>
                <Table.Tbody>
                  {sitting.attendance.map((a) => {
                    const name = pick(i18n.language, a.name_kk, a.name_ru);
                    return (
                      <Table.Tr key={a.deputy_id}>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{name}</Table.Td>
                        <Table.Td>
                          <NativeSelect
                            aria-label={t('sittings.staff.voteOf', { name })}
                            data-testid={`vote-${String(a.deputy_id)}`}
                            value={named[a.deputy_id] ?? ''}
                            onChange={(e) => {
                              const value = e.currentTarget.value as Vote | '';
                              setNamed((current) => {
                                const next = { ...current };
                                if (value === '') delete next[a.deputy_id];
                                else next[a.deputy_id] = value;
                                return next;
                              });
                            }}
                            data={[{ value: '', label: t('sittings.staff.notRecorded') }, ...kVotes.map((x) => ({ value: x, label: t(`sittings.vote.${x}`) }))]}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Fieldset>
          <ActPicker
            sitting={sitting}
            decision={decision}
            value={v.act_id}
            onChange={(value) => setV((current) => ({ ...current, act_id: value }))}
            error={errors.fields.act_id}
          />
          {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
          <Group>
            <Button type="submit" loading={pending}>
              {t('sittings.staff.saveDecision')}
            </Button>
            {onDone && decision && (
              <Button variant="default" onClick={onDone}>
                {t('sittings.staff.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
