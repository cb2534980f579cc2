// What other features may use from posts (ESLint allows imports of this file only): the latest posts
// of a maslikhat or a deputy, fetched as its own chunk when the page shows it.
import { lazyComponent } from '../../components/lazy_component';

export const LatestPosts = lazyComponent(async () => (await import('./LatestPosts')).LatestPosts);
export { kPostRoutes } from './post_paths';
