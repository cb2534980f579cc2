// What other features may use from sittings (ESLint allows imports of this file only).
export { ActDecisions } from './ActDecisions';
export { useSittings, type Sitting } from './hooks';
export { sittingTitle } from './titles';
