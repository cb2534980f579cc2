// Event links; the route patterns are kPaths.events, '/events/:id' and kPaths.staffEvents (app/routes.tsx).
import { kPaths } from '../../lib/paths';

export const kEventRoutes = { events: kPaths.events, staff: kPaths.staffEvents } as const;

export const eventPath = (id: number | string) => `/events/${String(id)}`;
