// /work-plans/:id: one work plan — its items grouped by quarter, each with the person responsible,
// the status in words, a note, and links to the sitting and the act. The maslikhat's staff change
// the status right there, edit or remove an item, add one, and publish a draft. Its editions are
// listed below (each a link to the plan as it was frozen); the staff fix a new one there.
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { Editions } from './Editions';
import { ItemForm } from './ItemForm';
import { PlanItems } from './PlanItems';
import { useUpdatePlan, useWorkPlan, type WorkPlanDetail } from './hooks';
import { planOwner, planTitle } from './labels';

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
      <PlanItems plan={plan} />
      {plan.state === 'published' && <Editions plan={plan} />}
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
