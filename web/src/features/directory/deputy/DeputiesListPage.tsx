// All published deputies with a name search (?q=) and an optional maslikhat filter (?maslikhat=).
import { Anchor, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { LoadingRegion, SkeletonBlocks } from '../../../components/PageSkeleton';
import { describeError } from '../../../lib/i18n/error_text';
import { DeputyCard } from '../components/DeputyCard';
import { directoryPath } from '../directory_paths';
import { useDeputySearch, useMaslikhats } from '../hooks';
import { localized } from '../localized';

export function DeputiesListPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const maslikhatParam = Number(params.get('maslikhat'));
  const maslikhatId = Number.isInteger(maslikhatParam) && maslikhatParam > 0 ? maslikhatParam : null;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const deputies = useDeputySearch(q, maslikhatId);
  const maslikhats = useMaslikhats();
  const names = new Map((maslikhats.data?.items ?? []).map((m) => [m.id, localized(i18n.language, m, 'name')]));
  const items = deputies.data?.pages.flatMap((page) => page.items) ?? [];
  const filterName = maslikhatId !== null ? names.get(maslikhatId) : undefined;

  function onSearch(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (draft.trim()) next.set('q', draft.trim());
    else next.delete('q');
    setParams(next);
  }

  return (
    <Page title={t('directory.deputies.title')}>
      <form onSubmit={onSearch} role="search" aria-label={t('directory.deputies.search')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('directory.deputies.search')}
            description={t('directory.deputies.searchHint')}
            name="q"
            type="search"
            maxLength={100}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit">{t('directory.deputies.searchSubmit')}</Button>
        </Group>
      </form>
      {maslikhatId !== null && (
        <Text>
          {t('directory.deputies.filteredBy', { name: filterName ?? `#${maslikhatId}` })}{' '}
          <Anchor component={Link} to={q ? `${directoryPath.deputies}?q=${encodeURIComponent(q)}` : directoryPath.deputies}>
            {t('directory.deputies.clearFilter')}
          </Anchor>
        </Text>
      )}
      <Stack gap="md" aria-live="polite" aria-busy={deputies.isFetching}>
        {deputies.isPending && (
          <LoadingRegion>
            <SkeletonBlocks blocks={3} height={88} />
          </LoadingRegion>
        )}
        {deputies.isError && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), deputies.error).summary}</FormAlert>
        )}
        {deputies.isSuccess && items.length === 0 && <Text>{t('directory.deputies.empty')}</Text>}
        {items.length > 0 && (
          <>
            <Text size="sm">{t('directory.deputies.shown', { n: items.length })}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {items.map((deputy) => (
                <DeputyCard key={deputy.id} deputy={deputy} extra={names.get(deputy.maslikhat_id)} />
              ))}
            </SimpleGrid>
          </>
        )}
      </Stack>
      {deputies.hasNextPage && (
        <div>
          <Button variant="default" onClick={() => void deputies.fetchNextPage()} loading={deputies.isFetchingNextPage}>
            {t('directory.deputies.loadMore')}
          </Button>
        </div>
      )}
    </Page>
  );
}
