// What other features may use from events (ESLint allows imports of this file only).
export { kEventRoutes } from './event_paths';
