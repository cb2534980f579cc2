// What other features may use from subscriptions (ESLint allows imports of this file only): the
// follow button, fetched as its own chunk when a page shows it.
import { lazyComponent } from '../../components/lazy_component';

export const FollowButton = lazyComponent(async () => (await import('./FollowButton')).FollowButton);
