import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/identity/account/AccountPage';
import { AdminUsersPage } from '../features/identity/admin/AdminUsersPage';
import { LoginPage } from '../features/identity/login/LoginPage';
import { PasswordResetPage } from '../features/identity/reset/PasswordResetPage';
import { RegisterPage } from '../features/identity/register/RegisterPage';
import { UnlockPage } from '../features/identity/unlock/UnlockPage';
import { VerifyPage } from '../features/identity/verify/VerifyPage';
import { HomePage } from '../features/home/HomePage';
import { AdminDirectoryPage } from '../features/directory/admin/AdminDirectoryPage';
import { CommissionPage } from '../features/directory/commission/CommissionPage';
import { DeputiesListPage } from '../features/directory/deputy/DeputiesListPage';
import { DeputyPage } from '../features/directory/deputy/DeputyPage';
import { FindDeputyPage } from '../features/directory/find/FindDeputyPage';
import { ImportPage } from '../features/directory/imports/ImportPage';
import { MaslikhatListPage } from '../features/directory/maslikhat/MaslikhatListPage';
import { MaslikhatPage } from '../features/directory/maslikhat/MaslikhatPage';
import { OkrugPage } from '../features/directory/okrug/OkrugPage';
import { AppealsPage } from '../features/appeals/list/AppealsPage';
import { NewAppealPage } from '../features/appeals/file/NewAppealPage';
import { AppealDetailPage } from '../features/appeals/detail/AppealDetailPage';
import { RegisterAppealPage } from '../features/appeals/register/RegisterAppealPage';
import { CalendarAdminPage } from '../features/appeals/calendar/CalendarAdminPage';
import { CategoriesAdminPage } from '../features/appeals/admin/CategoriesAdminPage';
import { AnswerTemplatesPage } from '../features/appeals/templates/AnswerTemplatesPage';
import { PublicRegisterPage } from '../features/appeals/public/PublicRegisterPage';
import { RequestsPage } from '../features/appeals/requests/RequestsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { NotFoundPage } from './NotFoundPage';
import { kDirectoryRoutes, kPaths } from './paths';
import { Shell } from './shell/Shell';

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: kPaths.register, element: <RegisterPage /> },
      { path: kPaths.verify, element: <VerifyPage /> },
      { path: kPaths.login, element: <LoginPage /> },
      { path: kPaths.reset, element: <PasswordResetPage /> },
      { path: kPaths.unlock, element: <UnlockPage /> },
      { path: kPaths.account, element: <AccountPage /> },
      { path: kPaths.adminUsers, element: <AdminUsersPage /> },
      { path: kPaths.appeals, element: <AppealsPage /> },
      { path: kPaths.appealNew, element: <NewAppealPage /> },
      { path: kPaths.appealRegister, element: <RegisterAppealPage /> },
      { path: '/appeals/:id', element: <AppealDetailPage /> },
      { path: kPaths.adminCalendar, element: <CalendarAdminPage /> },
      { path: kPaths.adminCategories, element: <CategoriesAdminPage /> },
      { path: kPaths.answerTemplates, element: <AnswerTemplatesPage /> },
      { path: kPaths.requests, element: <RequestsPage /> },
      { path: kPaths.notifications, element: <NotificationsPage /> },
      { path: kPaths.publicRegister, element: <PublicRegisterPage /> },
      { path: kDirectoryRoutes.find, element: <FindDeputyPage /> },
      { path: kDirectoryRoutes.maslikhats, element: <MaslikhatListPage /> },
      { path: kDirectoryRoutes.maslikhat, element: <MaslikhatPage /> },
      { path: kDirectoryRoutes.maslikhatImport, element: <ImportPage /> },
      { path: kDirectoryRoutes.deputies, element: <DeputiesListPage /> },
      { path: kDirectoryRoutes.deputy, element: <DeputyPage /> },
      { path: kDirectoryRoutes.okrug, element: <OkrugPage /> },
      { path: kDirectoryRoutes.commission, element: <CommissionPage /> },
      { path: kDirectoryRoutes.admin, element: <AdminDirectoryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
