// What other features may use from staff tasks (ESLint allows imports of this file only).
export { kTasksKey, useStaffTasks } from './hooks';
