// /work-plans: the annual work plans of a maslikhat and of its commissions, newest year first —
// filters for the maslikhat, the year and whose plan (the maslikhat's own, or a commission's) in
// the URL. The maslikhat's staff also see its drafts and draw up a new plan here.
import { Anchor, Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../components/PageSkeleton';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { staffMaslikhatIds } from '../../lib/roles';
import { useMe } from '../../lib/session';
import { localized, useMaslikhatCommissions, useMaslikhats } from '../directory';
import { useStaffWorkPlans, useWorkPlans, type WorkPlan } from './hooks';
import { planOwner, planTitle } from './labels';
import { NewPlanForm, yearChoices } from './NewPlanForm';

function PlanCard({ plan }: { plan: WorkPlan }) {
  const { t, i18n } = useTranslation();
  const titleId = `work-plan-${String(plan.id)}`;
  return (
    <Paper component="li" withBorder p="md" aria-labelledby={titleId} data-testid="plan-card">
      <Stack gap={6}>
        <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          <Anchor component={Link} to={kPaths.workPlan(plan.id)}>
            {planTitle(i18n.language, plan)}
          </Anchor>
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text>{t('workPlans.yearOf', { year: plan.year, owner: planOwner(t, i18n.language, plan) })}</Text>
          {plan.state === 'draft' && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t('workPlans.draft')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{t('workPlans.progress', { done: plan.done_count, total: plan.items_count })}</Text>
      </Stack>
    </Paper>
  );
}

function idParam(raw: string | null): number | undefined {
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

export function WorkPlansPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const staffOf = me.data ? staffMaslikhatIds(me.data) : [];
  const isAdmin = me.data ? me.data.roles.some((r) => r.role === 'admin') : false;
  const maslikhat = idParam(params.get('maslikhat')) ?? staffOf[0];
  const year = idParam(params.get('year'));
  const whose = params.get('whose') ?? ''; // '' all, 'own', or a commission's id
  const commission = idParam(whose);
  const maslikhats = useMaslikhats();
  const commissions = useMaslikhatCommissions(maslikhat ?? null);
  const mayKeep = maslikhat !== undefined && (isAdmin || staffOf.includes(maslikhat));
  const published = useWorkPlans(
    { maslikhat_id: maslikhat, year, ...(whose === 'own' ? { own: true } : {}), ...(commission !== undefined ? { commission_id: commission } : {}) },
    !mayKeep,
  );
  const everything = useStaffWorkPlans(maslikhat, year, mayKeep);
  const plans = mayKeep ? everything : published;
  const shown = (plans.data?.items ?? []).filter((p) =>
    !mayKeep ? true : whose === 'own' ? p.commission_id === null : commission !== undefined ? p.commission_id === commission : true,
  );
  const years = yearChoices();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'maslikhat') next.delete('whose');
    setParams(next);
  };
  return (
    <Page title={t('workPlans.pageTitle')}>
      <Text>{t('workPlans.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('workPlans.maslikhat')}
          value={maslikhat === undefined ? '' : String(maslikhat)}
          onChange={(e) => set('maslikhat', e.currentTarget.value)}
          data={[
            { value: '', label: t('workPlans.anyMaslikhat') },
            ...(maslikhats.data?.items ?? []).map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
          ]}
        />
        <NativeSelect
          label={t('workPlans.year')}
          value={year === undefined ? '' : String(year)}
          onChange={(e) => set('year', e.currentTarget.value)}
          data={[{ value: '', label: t('workPlans.anyYear') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <NativeSelect
          label={t('workPlans.whose')}
          value={whose}
          disabled={maslikhat === undefined}
          onChange={(e) => set('whose', e.currentTarget.value)}
          data={[
            { value: '', label: t('workPlans.allPlans') },
            { value: 'own', label: t('workPlans.ownPlan') },
            ...(commissions.data?.items ?? []).map((c) => ({ value: String(c.id), label: localized(i18n.language, c, 'name') })),
          ]}
        />
      </SimpleGrid>
      {plans.isPending && (
        <LoadingRegion>
          <SkeletonBlocks blocks={3} height={90} />
        </LoadingRegion>
      )}
      {plans.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), plans.error).summary}</FormAlert>}
      {plans.isSuccess &&
        (shown.length === 0 ? (
          <Text>{t('workPlans.empty')}</Text>
        ) : (
          <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {shown.map((p) => (
              <PlanCard key={p.id} plan={p} />
            ))}
          </Stack>
        ))}
      {mayKeep && maslikhat !== undefined && <NewPlanForm maslikhatId={maslikhat} years={years} />}
    </Page>
  );
}
