// What other features may use from notifications (ESLint allows imports of this file only).
export { kNotificationsKey } from './hooks';
export { NotificationBell } from './NotificationBell';
