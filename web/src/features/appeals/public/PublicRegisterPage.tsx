// /public-register: the public register of appeals (anonymised, only those whose authors agreed),
// filtered by maslikhat and okrug; the filters live in the URL.
import { Button, Fieldset, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../../components/PageSkeleton';
import { describeError } from '../../../lib/i18n/error_text';
import { categoryName, useCategories, usePublicRegister } from '../control_hooks';
import { localized, useMaslikhatOkrugs, useMaslikhats } from '../../directory';
import { PublicAppealCard } from './PublicAppealCard';

function idParam(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

export function PublicRegisterPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const maslikhatId = idParam(params, 'maslikhat');
  const okrugId = maslikhatId === null ? null : idParam(params, 'okrug');
  const maslikhats = useMaslikhats();
  const okrugs = useMaslikhatOkrugs(maslikhatId);
  const categories = useCategories();
  const register = usePublicRegister({ maslikhat_id: maslikhatId ?? undefined, okrug_id: okrugId ?? undefined });
  const items = register.data?.pages.flatMap((page) => page.items) ?? [];
  const categoryText = (key: string) => {
    if (!key) return t('appeals.category.none');
    const found = categories.data?.items.find((c) => c.key === key);
    return found ? categoryName(found, i18n.language) : key;
  };
  const apply = (maslikhat: string, okrug: string) => {
    const next = new URLSearchParams();
    if (maslikhat) next.set('maslikhat', maslikhat);
    if (maslikhat && okrug) next.set('okrug', okrug);
    setParams(next);
  };

  return (
    <Page title={t('appeals.public.title')}>
      <Text>{t('appeals.public.intro')}</Text>
      <form role="search" aria-label={t('appeals.public.filters')} onSubmit={(event) => event.preventDefault()}>
        <Fieldset legend={t('appeals.public.filters')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('appeals.public.maslikhat')}
              value={maslikhatId === null ? '' : String(maslikhatId)}
              onChange={(event) => apply(event.currentTarget.value, '')}
              data={[
                { value: '', label: t('appeals.public.anyMaslikhat') },
                ...(maslikhats.data?.items ?? []).map((m) => ({ value: String(m.id), label: localized(i18n.language, m, 'name') })),
              ]}
            />
            <NativeSelect
              label={t('appeals.public.okrug')}
              value={okrugId === null ? '' : String(okrugId)}
              disabled={maslikhatId === null}
              onChange={(event) => apply(String(maslikhatId ?? ''), event.currentTarget.value)}
              data={[
                { value: '', label: t('appeals.public.anyOkrug') },
                ...(okrugs.data?.items ?? []).map((o) => ({ value: String(o.id), label: localized(i18n.language, o, 'name') })),
              ]}
            />
          </SimpleGrid>
        </Fieldset>
      </form>
      {register.isPending && (
        <LoadingRegion>
          <SkeletonBlocks blocks={3} height={110} />
        </LoadingRegion>
      )}
      {register.isError && (
        <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), register.error).summary}</FormAlert>
      )}
      {register.isSuccess && items.length === 0 && <Text>{t('appeals.public.empty')}</Text>}
      {items.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t('appeals.public.count', { n: items.length })}
          </Text>
          <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((appeal) => (
              <li key={appeal.id}>
                <PublicAppealCard appeal={appeal} categoryText={categoryText(appeal.category)} />
              </li>
            ))}
          </Stack>
        </>
      )}
      {register.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void register.fetchNextPage()} loading={register.isFetchingNextPage}>
            {t('appeals.public.loadMore')}
          </Button>
        </div>
      )}
    </Page>
  );
}
