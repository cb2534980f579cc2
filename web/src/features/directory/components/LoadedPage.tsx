// A directory page whose content comes from one query: a titled loader, a titled error, or the page.
import { Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { LoadingRegion, SkeletonBlocks, SkeletonLines } from '../../../components/PageSkeleton';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';

export function LoadedPage<T>({
  query,
  skeleton,
  children,
}: {
  query: UseQueryResult<T>;
  /** Placeholders in the shape of the page, so that what follows does not jump when data comes. */
  skeleton?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  if (query.isPending) {
    return (
      <Page title={t('common.loading')}>
        <LoadingRegion>
          {skeleton ?? (
            <Stack gap="lg">
              <SkeletonLines lines={3} />
              <SkeletonBlocks blocks={2} height={120} />
            </Stack>
          )}
        </LoadingRegion>
      </Page>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Page title={notFound ? t('notFound.title') : t('directory.loadFailed')}>
        <Stack align="flex-start">
          <FormAlert kind="error">
            {notFound ? t('directory.notFound') : describeError(t, (key) => i18n.exists(key), query.error).summary}
          </FormAlert>
          {!notFound && (
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </Button>
          )}
        </Stack>
      </Page>
    );
  }
  return <>{children(query.data)}</>;
}
