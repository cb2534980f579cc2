// Every page is its own chunk, loaded when its route is first visited (React.lazy), so a
// citizen's pages never download staff or administrator code. The shell renders at once; while a
// page's code loads the outlet shows a skeleton (Suspense in the shell). Declarative routes keep
// react-router's data-router code out of the first download. The public pages a visitor lands on
// need only the first part of the locale (lib/i18n/locale_parts.ts); every other page also waits
// for the rest of the texts.
import { createElement, lazy, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { loadAllTexts } from '../lib/i18n/i18n';
import { kDirectoryRoutes, kPaths } from '../lib/paths';
import { Shell } from './shell/Shell';

type Loader = () => Promise<ComponentType>;
const kLoaders = new Map<RouteObject, Loader>();

function publicPage(path: string | undefined, load: Loader): RouteObject {
  let pending: Promise<ComponentType> | null = null;
  // Once the code is in, the page renders at once instead of suspending for a turn: the first
  // render, which waits for the landing page's code (start.tsx), draws no skeleton to replace.
  let loaded: ComponentType | null = null;
  const once: Loader = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(async () => ({ default: await once() }));
  const Page = () => createElement(loaded ?? Lazy);
  const route: RouteObject =
    path === undefined ? { index: true, element: createElement(Page) } : { path, element: createElement(Page) };
  kLoaders.set(route, once);
  return route;
}

function page(path: string | undefined, load: Loader): RouteObject {
  return publicPage(path, async () => (await Promise.all([load(), loadAllTexts()]))[0]);
}

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      publicPage(undefined, async () => (await import('../features/home/HomePage')).HomePage),
      page(kPaths.register, async () => (await import('../features/identity/register/RegisterPage')).RegisterPage),
      page(kPaths.verify, async () => (await import('../features/identity/verify/VerifyPage')).VerifyPage),
      page(kPaths.login, async () => (await import('../features/identity/login/LoginPage')).LoginPage),
      page(kPaths.reset, async () => (await import('../features/identity/reset/PasswordResetPage')).PasswordResetPage),
      page(kPaths.unlock, async () => (await import('../features/identity/unlock/UnlockPage')).UnlockPage),
      page(kPaths.account, async () => (await import('../features/identity/account/AccountPage')).AccountPage),
      page(kPaths.myData, async () => (await import('../features/privacy/MyDataPage')).MyDataPage),
      page(kPaths.adminUsers, async () => (await import('../features/identity/admin/AdminUsersPage')).AdminUsersPage),
      page(kPaths.appeals, async () => (await import('../features/appeals/list/AppealsPage')).AppealsPage),
      page(kPaths.appealNew, async () => (await import('../features/appeals/file/NewAppealPage')).NewAppealPage),
      page(
        kPaths.appealRegister,
        async () => (await import('../features/appeals/register/RegisterAppealPage')).RegisterAppealPage,
      ),
      page('/appeals/:id', async () => (await import('../features/appeals/detail/AppealDetailPage')).AppealDetailPage),
      page(
        kPaths.adminCalendar,
        async () => (await import('../features/appeals/calendar/CalendarAdminPage')).CalendarAdminPage,
      ),
      page(
        kPaths.adminCategories,
        async () => (await import('../features/appeals/admin/CategoriesAdminPage')).CategoriesAdminPage,
      ),
      page(
        kPaths.answerTemplates,
        async () => (await import('../features/appeals/templates/AnswerTemplatesPage')).AnswerTemplatesPage,
      ),
      page(kPaths.requests, async () => (await import('../features/appeals/requests/RequestsPage')).RequestsPage),
      page(kPaths.receptions, async () => (await import('../features/reception/ReceptionsPage')).ReceptionsPage),
      page(kPaths.myReceptions, async () => (await import('../features/reception/MyBookingsPage')).MyBookingsPage),
      page(kPaths.receptionCancel, async () => (await import('../features/reception/CancelByLinkPage')).CancelByLinkPage),
      page(
        kPaths.receptionStats,
        async () => (await import('../features/reception/ReceptionStatsPage')).ReceptionStatsPage,
      ),
      page(
        '/receptions/:id',
        async () => (await import('../features/reception/ReceptionDayPage')).ReceptionDayPage,
      ),
      page(kPaths.news, async () => (await import('../features/posts/NewsPage')).NewsPage),
      page('/posts/:id', async () => (await import('../features/posts/PostPage')).PostPage),
      page(kPaths.staffPosts, async () => (await import('../features/posts/StaffPostsPage')).StaffPostsPage),
      page(kPaths.myPosts, async () => (await import('../features/posts/MyPostsPage')).MyPostsPage),
      page(kPaths.events, async () => (await import('../features/events/EventsPage')).EventsPage),
      page('/events/:id', async () => (await import('../features/events/EventPage')).EventPage),
      page(kPaths.staffEvents, async () => (await import('../features/events/StaffEventsPage')).StaffEventsPage),
      page(kPaths.acts, async () => (await import('../features/acts/ActsPage')).ActsPage),
      page(kPaths.actNew, async () => (await import('../features/acts/NewActPage')).NewActPage),
      page('/acts/import', async () => (await import('../features/acts/ImportActsPage')).ImportActsPage),
      page('/acts/:id', async () => (await import('../features/acts/ActPage')).ActPage),
      page('/sittings', async () => (await import('../features/sittings/SittingsPage')).SittingsPage),
      page('/sittings/new', async () => (await import('../features/sittings/NewSittingPage')).NewSittingPage),
      page('/sittings/:id', async () => (await import('../features/sittings/SittingPage')).SittingPage),
      page(kPaths.workPlans, async () => (await import('../features/work_plans/WorkPlansPage')).WorkPlansPage),
      page('/work-plans/:id', async () => (await import('../features/work_plans/WorkPlanPage')).WorkPlanPage),
      page('/work-plans/:id/versions/:number', async () => (await import('../features/work_plans/WorkPlanVersionPage')).WorkPlanVersionPage),
      page('/drafts', async () => (await import('../features/drafts/DraftsPage')).DraftsPage),
      page('/drafts/new', async () => (await import('../features/drafts/NewDraftPage')).NewDraftPage),
      page('/drafts/:id', async () => (await import('../features/drafts/DraftPage')).DraftPage),
      page(kPaths.myVoterReports, async () => (await import('../features/voter_reports/MyVoterReportsPage')).MyVoterReportsPage),
      page('/voter-reports/:id', async () => (await import('../features/voter_reports/VoterReportPage')).VoterReportPage),
      page(
        '/voter-reports/:id/edit',
        async () => (await import('../features/voter_reports/VoterReportEditor')).VoterReportEditor,
      ),
      page('/annual-reports/:id', async () => (await import('../features/annual_reports/AnnualReportPage')).AnnualReportPage),
      page(
        '/annual-reports/:id/versions/:number',
        async () => (await import('../features/annual_reports/AnnualReportPage')).AnnualReportPage,
      ),
      page(kPaths.staffTasks, async () => (await import('../features/tasks/TasksPage')).TasksPage),
      page(
        kPaths.registerReview,
        async () => (await import('../features/register_review/RegisterReviewPage')).RegisterReviewPage,
      ),
      page(kPaths.mySubscriptions, async () => (await import('../features/subscriptions/SubscriptionsPage')).SubscriptionsPage),
      page(kPaths.unsubscribe, async () => (await import('../features/subscriptions/UnsubscribePage')).UnsubscribePage),
      page(kPaths.notifications, async () => (await import('../features/notifications/NotificationsPage')).NotificationsPage),
      page(
        kPaths.publicRegister,
        async () => (await import('../features/appeals/public/PublicRegisterPage')).PublicRegisterPage,
      ),
      publicPage(kDirectoryRoutes.find, async () => (await import('../features/directory/find/FindDeputyPage')).FindDeputyPage),
      publicPage(
        kDirectoryRoutes.maslikhats,
        async () => (await import('../features/directory/maslikhat/MaslikhatListPage')).MaslikhatListPage,
      ),
      publicPage(kDirectoryRoutes.maslikhat, async () => (await import('../features/directory/maslikhat/MaslikhatPage')).MaslikhatPage),
      page(kDirectoryRoutes.maslikhatImport, async () => (await import('../features/directory/imports/ImportPage')).ImportPage),
      publicPage(
        kDirectoryRoutes.deputies,
        async () => (await import('../features/directory/deputy/DeputiesListPage')).DeputiesListPage,
      ),
      publicPage(kDirectoryRoutes.deputy, async () => (await import('../features/directory/deputy/DeputyPage')).DeputyPage),
      publicPage(kDirectoryRoutes.okrug, async () => (await import('../features/directory/okrug/OkrugPage')).OkrugPage),
      publicPage(
        kDirectoryRoutes.commission,
        async () => (await import('../features/directory/commission/CommissionPage')).CommissionPage,
      ),
      page(kDirectoryRoutes.admin, async () => (await import('../features/directory/admin/AdminDirectoryPage')).AdminDirectoryPage),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Downloads the chunk of the page at `pathname` (before the first render); settles when it is in or failed. */
export function preloadPage(pathname: string): Promise<unknown> {
  const loads = (matchRoutes(routes, pathname) ?? []).map((match) => kLoaders.get(match.route)?.());
  return Promise.all(loads).catch(() => undefined);
}
