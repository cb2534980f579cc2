// /work-plans/:id/versions/:number: a work plan as one of its editions froze it — the same item
// cards as the plan's page, read-only, headed by the edition's number, date in words and what
// changed, with its PDF in Kazakh and Russian and links to the plan as it is now and the other
// editions.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { pick } from '../directory';
import { editionName, editionPath } from './Editions';
import { PlanItems } from './PlanItems';
import { useWorkPlanVersion, type WorkPlanDetail, type WorkPlanVersion } from './hooks';
import { planOwner, planTitle } from './labels';

function asNumber(text: string | undefined): number {
  return text && /^\d{1,9}$/.test(text) ? Number(text) : 0;
}

function EditionView({ plan, edition }: { plan: WorkPlanDetail; edition: WorkPlanVersion }) {
  const { t, i18n } = useTranslation();
  const note = pick(i18n.language, edition.note_kk, edition.note_ru);
  const others = plan.versions.filter((v) => v.number !== edition.number);
  return (
    <Page title={planTitle(i18n.language, plan)}>
      <Text>{t('workPlans.yearOf', { year: plan.year, owner: planOwner(t, i18n.language, plan) })}</Text>
      <Paper withBorder p="md" data-testid="edition-head">
        <Stack gap={4}>
          <Text fw={600}>{editionName(t, edition)}</Text>
          {note && <Text style={{ overflowWrap: 'anywhere' }}>{t('workPlans.editions.changed', { note })}</Text>}
          <Text size="sm">{t('workPlans.editions.frozen')}</Text>
        </Stack>
      </Paper>
      <Text size="sm">{t('workPlans.progress', { done: plan.done_count, total: plan.items_count })}</Text>
      <Group gap="sm" wrap="wrap" data-testid="edition-pdf-links">
        {(['kk', 'ru'] as const).map((lang) => (
          <Button
            key={lang}
            component="a"
            variant="default"
            href={`/api/v1/public/work-plans/${String(plan.id)}/versions/${String(edition.number)}/plan.pdf?lang=${lang}`}
            download
          >
            {t(lang === 'kk' ? 'workPlans.pdfKk' : 'workPlans.pdfRu')}
          </Button>
        ))}
      </Group>
      <PlanItems plan={plan} />
      <Stack gap={4}>
        <Anchor component={Link} to={`/work-plans/${String(plan.id)}`}>
          {t('workPlans.editions.toCurrent')}
        </Anchor>
        {others.map((v) => (
          <Anchor key={v.number} component={Link} to={editionPath(plan.id, v.number)}>
            {editionName(t, v)}
          </Anchor>
        ))}
      </Stack>
    </Page>
  );
}

export function WorkPlanVersionPage() {
  const { t, i18n } = useTranslation();
  const { id, number } = useParams();
  const planId = asNumber(id);
  const n = asNumber(number);
  const edition = useWorkPlanVersion(planId, n);
  if (planId === 0 || n === 0 || (edition.isError && isApiError(edition.error) && edition.error.code === 'not_found')) return <NotFoundPage />;
  if (edition.isPending) {
    return (
      <LoadingRegion>
        <SkeletonBlocks blocks={3} height={120} />
      </LoadingRegion>
    );
  }
  if (edition.isError) return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), edition.error).summary}</FormAlert>;
  if (!edition.data.version) return <NotFoundPage />;
  return <EditionView plan={edition.data} edition={edition.data.version} />;
}
