// What other features may use from the registry of legal acts (ESLint allows imports of this file only).
export { useActs, type ActSummary } from './hooks';
