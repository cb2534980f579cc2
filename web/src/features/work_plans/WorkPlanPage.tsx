// /work-plans/:id: one work plan — its items grouped by quarter, each with the person responsible,
// the status in words, a note, and links to the sitting and the act. The maslikhat's staff change
// the status right there, edit or remove an item, add one, and publish a draft.
import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { pick } from '../directory';
import { ItemForm } from './ItemForm';
import { kItemStatuses, kQuarters, useRemoveItem, useUpdateItem, useUpdatePlan, useWorkPlan, type ItemStatus, type WorkPlanDetail, type WorkPlanItem } from './hooks';
import { planOwner, planTitle, quarterName, sittingLabel } from './labels';

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

function PublishBox({ plan }: { plan: WorkPlanDetail }) {
  const { t, i18n } = useTranslation();
  const publish = useUpdatePlan();
  return (
    <Paper withBorder p="md" data-testid="plan-draft">
      <Stack gap="xs">
        <Text>{t('workPlans.staff.draftHint')}</Text>
        {publish.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), publish.error).summary}</FormAlert>}
        <div>
          <Button loading={publish.isPending} onClick={() => publish.mutate({ id: plan.id, body: { state: 'published' } })}>
            {t('workPlans.staff.publish')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}

function PlanView({ plan }: { plan: WorkPlanDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Page title={planTitle(i18n.language, plan)}>
      <Group gap="xs" wrap="wrap">
        <Text>{t('workPlans.yearOf', { year: plan.year, owner: planOwner(t, i18n.language, plan) })}</Text>
        {plan.state === 'draft' && (
          <Badge variant="outline" color="gray.8" tt="none" data-testid="plan-state">
            {t('workPlans.draft')}
          </Badge>
        )}
      </Group>
      <Text size="sm">{t('workPlans.progress', { done: plan.done_count, total: plan.items_count })}</Text>
      {plan.state === 'published' && (
        <Group gap="sm" wrap="wrap" data-testid="plan-pdf-links">
          {(['kk', 'ru'] as const).map((lang) => (
            <Button key={lang} component="a" variant="default" href={`/api/v1/public/work-plans/${String(plan.id)}/plan.pdf?lang=${lang}`} download>
              {t(lang === 'kk' ? 'workPlans.pdfKk' : 'workPlans.pdfRu')}
            </Button>
          ))}
        </Group>
      )}
      {plan.can_edit && plan.state === 'draft' && <PublishBox plan={plan} />}
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
      {plan.can_edit && (
        <section aria-label={t('workPlans.staff.tools')} data-testid="plan-staff-tools">
          <ItemForm plan={plan} />
        </section>
      )}
      <div>
        <Anchor component={Link} to={`${kPaths.workPlans}?maslikhat=${String(plan.maslikhat_id)}`}>
          {t('workPlans.backToList')}
        </Anchor>
      </div>
    </Page>
  );
}

export function WorkPlanPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const planId = id && /^\d{1,15}$/.test(id) ? Number(id) : 0;
  const plan = useWorkPlan(planId);
  if (planId === 0 || (plan.isError && isApiError(plan.error) && plan.error.code === 'not_found')) return <NotFoundPage />;
  if (plan.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (plan.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), plan.error).summary}</FormAlert>;
  return <PlanView plan={plan.data} />;
}
