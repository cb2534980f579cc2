// Post links; the route patterns are kPaths.news, '/posts/:id' and kPaths.staffPosts (app/routes.tsx).
import { kPaths } from '../../lib/paths';

export const kPostRoutes = { news: kPaths.news, staff: kPaths.staffPosts } as const;

export const postPath = (id: number | string) => `/posts/${String(id)}`;
