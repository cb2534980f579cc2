// What other features may use from the public register's review (ESLint allows imports of this file only).
export { kRegisterReviewKey } from './hooks';
