// What other features may use from posts (ESLint allows imports of this file only): the latest posts
// of a maslikhat or a deputy, and the posts about an event or a sitting, each fetched as its own
// chunk when the page shows it.
import { lazyComponent } from '../../components/lazy_component';

export const LatestPosts = lazyComponent(async () => (await import('./LatestPosts')).LatestPosts);
export const PostsAbout = lazyComponent(async () => (await import('./PostsAbout')).PostsAbout);
export { kPostRoutes } from './post_paths';
