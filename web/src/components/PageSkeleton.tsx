// Grey placeholders in the shape of a page while its code or data loads. The region is
// aria-busy and labelled "Loading…" for screen readers; the shapes themselves are hidden from them.
import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SkeletonLines({ lines = 3 }: { lines?: number }) {
  return (
    <Stack gap="xs" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={14} width={i === lines - 1 ? '60%' : '100%'} radius="sm" />
      ))}
    </Stack>
  );
}

export function SkeletonBlocks({ blocks = 3, height = 96 }: { blocks?: number; height?: number }) {
  return (
    <Stack gap="md" aria-hidden="true">
      {Array.from({ length: blocks }, (_, i) => (
        <Skeleton key={i} height={height} radius="md" />
      ))}
    </Stack>
  );
}

/** Placeholders with a status announcement; `children` may shape the body. */
export function LoadingRegion({ children, label }: { children?: ReactNode; label?: string }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" role="status">
      <VisuallyHidden>{label ?? t('common.loading')}</VisuallyHidden>
      {children ?? <SkeletonLines />}
    </div>
  );
}

/** A whole page still loading: a heading-sized bar and content blocks. */
export function PageSkeleton() {
  return (
    <LoadingRegion>
      <Stack gap="lg">
        <Skeleton height={34} width="55%" radius="sm" aria-hidden="true" />
        <SkeletonLines lines={3} />
        <SkeletonBlocks blocks={2} />
      </Stack>
    </LoadingRegion>
  );
}
