// Links depend on who is signed in: guests see log in / register, users their account (sign-out is
// in the header's top row).
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { staffMaslikhatIds } from '../../features/appeals/roles';
import { useMe } from '../../features/identity/hooks';
import { kDirectoryRoutes, kPaths } from '../../lib/paths';

function Item({ to, label }: { to: string; label: string }) {
  return (
    <li>
      <Anchor component={NavLink} to={to} end className="nav-link" c="blue.8">
        {label}
      </Anchor>
    </li>
  );
}

export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data ?? null;
  const isAdmin = user?.roles.some((grant) => grant.role === 'admin') ?? false;
  const isLiaison = user?.roles.some((grant) => grant.role === 'liaison') ?? false;
  const isStaff = user ? staffMaslikhatIds(user).length > 0 : false;
  const isDeputy = user?.roles.some((grant) => grant.role === 'deputy') ?? false;
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        <Item to={kPaths.home} label={t('nav.home')} />
        <Item to={kDirectoryRoutes.find} label={t('directory.nav.find')} />
        <Item to={kDirectoryRoutes.deputies} label={t('directory.nav.deputies')} />
        <Item to={kDirectoryRoutes.maslikhats} label={t('directory.nav.maslikhats')} />
        <Item to={kPaths.publicRegister} label={t('appeals.nav.publicRegister')} />
        {user ? (
          <>
            <Item to={kPaths.appeals} label={t('appeals.nav.appeals')} />
            {isLiaison && <Item to={kPaths.requests} label={t('appeals.nav.requests')} />}
            {isStaff && <Item to={kPaths.receptions} label={t('reception.nav.staff')} />}
            {isDeputy && !isStaff && <Item to={kPaths.receptions} label={t('reception.stats.days.nav')} />}
            {isStaff && <Item to={kPaths.staffTasks} label={t('tasks.nav')} />}
            {isStaff && <Item to={kPaths.answerTemplates} label={t('appeals.nav.templates')} />}
            <Item to={kPaths.account} label={t('nav.account')} />
            <Item to={kPaths.myData} label={t('privacy.nav')} />
            {isAdmin && <Item to={kPaths.adminUsers} label={t('nav.adminUsers')} />}
            {isAdmin && <Item to={kPaths.adminCalendar} label={t('appeals.nav.calendar')} />}
            {isAdmin && <Item to={kDirectoryRoutes.admin} label={t('directory.admin.nav')} />}
            {isAdmin && <Item to={kPaths.adminCategories} label={t('appeals.nav.categories')} />}
          </>
        ) : (
          <>
            <Item to={kPaths.login} label={t('nav.login')} />
            <Item to={kPaths.register} label={t('nav.register')} />
          </>
        )}
      </ul>
    </nav>
  );
}
