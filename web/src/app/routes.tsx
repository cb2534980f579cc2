import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/identity/account/AccountPage';
import { AdminUsersPage } from '../features/identity/admin/AdminUsersPage';
import { LoginPage } from '../features/identity/login/LoginPage';
import { PasswordResetPage } from '../features/identity/reset/PasswordResetPage';
import { RegisterPage } from '../features/identity/register/RegisterPage';
import { VerifyPage } from '../features/identity/verify/VerifyPage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { kPaths } from './paths';
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
      { path: kPaths.account, element: <AccountPage /> },
      { path: kPaths.adminUsers, element: <AdminUsersPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
