// What other features may use from staff tasks (ESLint allows imports of this file only).
export { useStaffTasks } from './hooks';
