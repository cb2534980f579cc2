// Grey placeholders in the shape of a page while its code or data loads. The region is
// aria-busy and labelled "Loading…" for screen readers; the shapes themselves are hidden from them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, Column, ScreenReaderText } from './plain';

export function SkeletonLines({ lines = 3 }: { lines?: number }) {
  return (
    <Column gap="xs" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <Bar key={i} height={14} width={i === lines - 1 ? '60%' : '100%'} />
      ))}
    </Column>
  );
}

export function SkeletonBlocks({ blocks = 3, height = 96 }: { blocks?: number; height?: number }) {
  return (
    <Column gap="md" aria-hidden="true">
      {Array.from({ length: blocks }, (_, i) => (
        <Bar key={i} height={height} radius="md" />
      ))}
    </Column>
  );
}

/** Placeholders with a status announcement; `children` may shape the body. */
export function LoadingRegion({ children, label }: { children?: ReactNode; label?: string }) {
  const { t } = useTranslation();
  return (
    <div aria-busy="true" role="status">
      <ScreenReaderText>{label ?? t('common.loading')}</ScreenReaderText>
      {children ?? <SkeletonLines />}
    </div>
  );
}

/** A whole page still loading: a heading-sized bar and content blocks. */
export function PageSkeleton() {
  return (
    <LoadingRegion>
      <Column gap="lg">
        <div aria-hidden="true">
          <Bar height={34} width="55%" />
        </div>
        <SkeletonLines lines={3} />
        <SkeletonBlocks blocks={2} />
      </Column>
    </LoadingRegion>
  );
}
