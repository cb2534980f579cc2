// An act's links to other acts of the maslikhat, both ways: it amends or repeals another, or is
// amended or repealed by another (a repeal sets the older act's status). The maslikhat's staff add
// a link (the other act picked from the registry) and remove a wrong one.
import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { formatDay } from '../../lib/dates';
import { useFormErrors } from '../../lib/forms/use_form_errors';
import type { FieldProblems } from '../../lib/forms/validation';
import { localized } from '../directory';
import { ActStatusBadge } from './ActStatusBadge';
import { kActRelations, useActs, useAddActLink, useRemoveActLink, type ActDetail, type ActRelation } from './hooks';

function LinkForm({ act }: { act: ActDetail }) {
  const { t, i18n } = useTranslation();
  const [relation, setRelation] = useState<ActRelation | ''>('');
  const [other, setOther] = useState('');
  const [search, setSearch] = useState('');
  const acts = useActs({ maslikhat: act.maslikhat_id, ...(search.trim() ? { q: search.trim() } : {}) });
  const add = useAddActLink();
  const errors = useFormErrors(['relation', 'act_id']);
  const options = useMemo(
    () =>
      (acts.data?.pages[0]?.items ?? [])
        .filter((a) => a.id !== act.id)
        .map((a) => ({ value: String(a.id), label: `№ ${a.number}, ${formatDay(a.adopted_on, i18n.language)} — ${localized(i18n.language, a, 'title')}` })),
    [acts.data, act.id, i18n.language],
  );
  return (
    <form
      ref={errors.formRef}
      noValidate
      aria-label={t('acts.links.add')}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: FieldProblems = {};
        if (relation === '') problems.relation = 'required';
        if (other === '') problems.act_id = 'required';
        if (!errors.check(problems) || relation === '') return;
        add.mutate(
          { id: act.id, relation, actId: Number(other) },
          {
            onSuccess: () => {
              setRelation('');
              setOther('');
            },
            onError: (e) => errors.fromError(e),
          },
        );
      }}
    >
      <Stack gap="xs">
        <NativeSelect
          label={t('acts.links.relation')}
          name="relation"
          value={relation}
          onChange={(e) => setRelation(kActRelations.find((r) => r === e.currentTarget.value) ?? '')}
          data={[{ value: '', label: t('acts.links.chooseRelation') }, ...kActRelations.map((r) => ({ value: r, label: t(`acts.links.relations.${r}`) }))]}
          error={errors.fields.relation}
        />
        <TextInput label={t('acts.links.search')} value={search} maxLength={200} onChange={(e) => setSearch(e.currentTarget.value)} />
        <NativeSelect
          label={t('acts.links.other')}
          name="act_id"
          value={other}
          onChange={(e) => setOther(e.currentTarget.value)}
          data={[{ value: '', label: t('acts.links.chooseAct') }, ...options]}
          error={errors.fields.act_id}
        />
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('acts.links.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ActLinks({ act, mayEdit }: { act: ActDetail; mayEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveActLink();
  if (act.links.length === 0 && !mayEdit) return null;
  return (
    <section aria-labelledby="act-links" data-testid="act-links">
      <Title order={2} size="h3" id="act-links">
        {t('acts.links.title')}
      </Title>
      {act.links.length === 0 ? (
        <Text mt="xs">{t('acts.links.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" mt="xs" p={0} style={{ listStyle: 'none' }}>
          {act.links.map((l) => (
            <li key={l.id} data-testid="act-link">
              <Text size="sm" c="dimmed">
                {t(`acts.links.relations.${l.relation}`)}
              </Text>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/acts/${String(l.act.id)}`} style={{ overflowWrap: 'anywhere' }}>
                  {t('acts.links.actLabel', { number: l.act.number, date: formatDay(l.act.adopted_on, i18n.language), title: localized(i18n.language, l.act, 'title') })}
                </Anchor>
                <ActStatusBadge status={l.act.status} />
                {mayEdit && (
                  <Button
                    className="act-no-print"
                    variant="subtle"
                    size="xs"
                    loading={remove.isPending && remove.variables.linkId === l.id}
                    onClick={() => remove.mutate({ id: act.id, linkId: l.id })}
                    aria-label={t('acts.links.removeOne', { number: l.act.number })}
                  >
                    {t('acts.links.remove')}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {mayEdit && (
        <div className="act-no-print">
          <LinkForm act={act} />
        </div>
      )}
    </section>
  );
}
