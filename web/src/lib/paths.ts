export const kPaths = {
  home: '/',
  register: '/register',
  verify: '/verify',
  login: '/login',
  reset: '/password-reset',
  unlock: '/unlock',
  account: '/account',
  myData: '/account/data',
  adminUsers: '/admin/users',
  appeals: '/appeals',
  appealNew: '/appeals/new',
  appealRegister: '/appeals/register',
  appeal: (id: number | string) => `/appeals/${String(id)}`,
  adminCalendar: '/admin/calendar',
  adminCategories: '/admin/categories',
  answerTemplates: '/admin/answer-templates',
  requests: '/requests',
  notifications: '/notifications',
  publicRegister: '/public-register',
  receptions: '/receptions',
  myReceptions: '/receptions/mine',
  receptionStats: '/receptions/stats',
  staffTasks: '/tasks',
  registerReview: '/register-review',
  receptionCancel: '/receptions/cancel',
  receptionDay: (id: number | string) => `/receptions/${String(id)}`,
  news: '/news',
  staffPosts: '/staff/posts',
  events: '/events',
  staffEvents: '/staff/events',
  acts: '/acts',
  actNew: '/acts/new',
  act: (id: number | string) => `/acts/${String(id)}`,
  sittings: '/sittings',
  workPlans: '/work-plans',
  workPlan: (id: number | string) => `/work-plans/${String(id)}`,
  mySubscriptions: '/me/subscriptions',
  myVoterReports: '/my/voter-reports',
  myPosts: '/my/posts',
  unsubscribe: '/unsubscribe',
} as const;

/** Directory route patterns; links are built by features/directory/directory_paths.ts. */
export const kDirectoryRoutes = {
  find: '/find',
  maslikhats: '/maslikhats',
  maslikhat: '/maslikhats/:id',
  maslikhatImport: '/maslikhats/:id/import',
  deputies: '/deputies',
  deputy: '/deputies/:id',
  okrug: '/okrugs/:id',
  commission: '/commissions/:id',
  admin: '/admin/directory',
} as const;

/** A `next` target from the query string, accepted only when it stays on this site. */
export function safeNext(value: string | null, fallback: string): string {
  if (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  return fallback;
}
