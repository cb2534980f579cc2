// What other features may use from appeals (ESLint allows imports of this file only).
export { useExecutiveBodies } from './control_hooks';
