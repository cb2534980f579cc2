// The public page of what a follow follows.
import type { Subscription } from './hooks';

export function targetPath(target: Subscription['target']): string {
  const id = String(target.id ?? 0);
  switch (target.kind) {
    case 'deputy':
      return `/deputies/${id}`;
    case 'okrug':
      return `/okrugs/${id}`;
    case 'commission':
      return `/commissions/${id}`;
    case 'maslikhat':
      return `/maslikhats/${id}`;
    case 'tag':
      return `/news?tag=${encodeURIComponent(target.tag ?? '')}`;
  }
}
