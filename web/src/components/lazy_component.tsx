// A component whose code is fetched the first time it renders, under its own small skeleton:
// public pages keep staff editors (forms shown only to those who may edit) out of their chunk.
import { lazy, Suspense, type ComponentType, type JSX } from 'react';
import { LoadingRegion } from './PageSkeleton';

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function Deferred(props: P & JSX.IntrinsicAttributes) {
    return (
      <Suspense fallback={<LoadingRegion />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
