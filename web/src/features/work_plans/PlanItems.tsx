// A work plan's items grouped by quarter (I–IV), each with the person responsible, the status in
// words, the note and links to the sitting and the act; the staff's controls on each item when the
// plan says `can_edit`. The plan's page and an edition's page (read-only: an edition never says
// `can_edit`) both show them.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { pick } from '../directory';
import { ItemForm } from './ItemForm';
import { kItemStatuses, kQuarters, useRemoveItem, useUpdateItem, type ItemStatus, type WorkPlanDetail, type WorkPlanItem } from './hooks';
import { quarterName, sittingLabel } from './labels';

const kStatusColor: Record<ItemStatus, string> = {
  planned: 'gray.8',
  in_progress: 'blue.9',
  done: 'green.9',
  postponed: 'orange.9',
  cancelled: 'red.9',
};

function StatusBadge({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={kStatusColor[status]} tt="none" data-testid="item-status">
      {t(`workPlans.status.${status}`)}
    </Badge>
  );
}

function ItemCard({ plan, item }: { plan: WorkPlanDetail; item: WorkPlanItem }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateItem();
  const remove = useRemoveItem();
  const [problem, setProblem] = useState<unknown>(null);
  const textId = `plan-item-${String(item.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={textId} data-testid="plan-item">
      <Stack gap={6}>
        <Text id={textId} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {item.number}. {pick(i18n.language, item.text_kk, item.text_ru)}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('workPlans.item.responsible', { name: item.responsible })}
          {item.deputy && ` (${pick(i18n.language, item.deputy.name_kk, item.deputy.name_ru)})`}
        </Text>
        <Group gap="xs" wrap="wrap">
          <StatusBadge status={item.status} />
          {item.note && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {item.note}
            </Text>
          )}
        </Group>
        {(item.sitting_id !== null || item.act_id !== null) && (
          <Group gap="md" wrap="wrap">
            {item.sitting_id !== null && item.sitting && (
              <Anchor component={Link} to={`${kPaths.sittings}/${String(item.sitting_id)}`} data-testid="item-sitting">
                {sittingLabel(t, i18n.language, item)}
              </Anchor>
            )}
            {item.act_id !== null && item.act && (
              <Anchor component={Link} to={kPaths.act(item.act_id)} data-testid="item-act">
                {t('workPlans.item.act', { number: item.act.number })}
              </Anchor>
            )}
          </Group>
        )}
        {plan.can_edit && !editing && (
          <Group gap="xs" wrap="wrap" align="flex-end">
            <NativeSelect
              size="xs"
              label={t('workPlans.staff.statusOf', { number: item.number })}
              value={item.status}
              disabled={update.isPending}
              onChange={(e) =>
                update.mutate(
                  { id: plan.id, itemId: item.id, body: { status: e.currentTarget.value as ItemStatus } },
                  { onError: (error) => setProblem(error), onSuccess: () => setProblem(null) },
                )
              }
              data={kItemStatuses.map((s) => ({ value: s, label: t(`workPlans.status.${s}`) }))}
            />
            <Button size="xs" variant="default" onClick={() => setEditing(true)} aria-label={t('workPlans.staff.editN', { number: item.number })}>
              {t('workPlans.staff.edit')}
            </Button>
            {confirming ? (
              <>
                <Button
                  size="xs"
                  color="red.9"
                  loading={remove.isPending}
                  onClick={() => remove.mutate({ id: plan.id, itemId: item.id }, { onError: (error) => setProblem(error) })}
                >
                  {t('workPlans.staff.confirmRemove', { number: item.number })}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setConfirming(false)}>
                  {t('workPlans.form.cancel')}
                </Button>
              </>
            ) : (
              <Button size="xs" variant="default" onClick={() => setConfirming(true)} aria-label={t('workPlans.staff.removeN', { number: item.number })}>
                {t('workPlans.staff.remove')}
              </Button>
            )}
          </Group>
        )}
        {problem !== null && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), problem).summary}</FormAlert>}
        {plan.can_edit && editing && <ItemForm plan={plan} item={item} onDone={() => setEditing(false)} />}
      </Stack>
    </Paper>
  );
}

export function PlanItems({ plan }: { plan: WorkPlanDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {plan.items.length === 0 && <Text>{t('workPlans.noItems')}</Text>}
      {kQuarters.map((q) => {
        const items = plan.items.filter((i) => i.quarter === q);
        if (items.length === 0) return null;
        const headingId = `quarter-${String(q)}`;
        return (
          <section key={q} aria-labelledby={headingId} data-testid="plan-quarter">
            <Title order={2} size="h3" id={headingId}>
              {quarterName(t, q)}
            </Title>
            <Stack gap="sm" mt="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {items.map((item) => (
                <ItemCard key={item.id} plan={plan} item={item} />
              ))}
            </Stack>
          </section>
        );
      })}
    </>
  );
}
