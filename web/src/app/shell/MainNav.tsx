// Links depend on who is signed in: guests see log in / register, users their account (sign-out is
// in the header's top row).
import { useTranslation } from 'react-i18next';
import type { MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { staffMaslikhatIds } from '../../features/appeals/roles';
import { useMe } from '../../features/identity/hooks';
import { kDirectoryRoutes, kPaths } from '../../lib/paths';
import classes from './shell.module.css';

/**
 * A link of the navigation: an <a> that react-router follows (a plain click) with aria-current on
 * the page it names. Not react-router's NavLink: a dozen of those, each resolving its path and
 * matching it against the location, were a tenth of every page's first render on a slow phone.
 */
function Item({ to, label, current }: { to: string; label: string; current: string }) {
  const navigate = useNavigate();
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void navigate(to);
  }
  return (
    <li>
      <a
        href={to}
        onClick={follow}
        aria-current={current === to ? 'page' : undefined}
        className={`mantine-focus-auto nav-link ${classes.navLink}`}
      >
        {label}
      </a>
    </li>
  );
}

export function MainNav() {
  const { t } = useTranslation();
  const me = useMe();
  // The current path without a trailing slash, as NavLink's `end` matched it.
  const { pathname } = useLocation();
  const current = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const user = me.data ?? null;
  const isAdmin = user?.roles.some((grant) => grant.role === 'admin') ?? false;
  const isLiaison = user?.roles.some((grant) => grant.role === 'liaison') ?? false;
  const isStaff = user ? staffMaslikhatIds(user).length > 0 : false;
  const isDeputy = user?.roles.some((grant) => grant.role === 'deputy') ?? false;
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        <Item to={kPaths.home} label={t('nav.home')} current={current} />
        <Item to={kDirectoryRoutes.find} label={t('directory.nav.find')} current={current} />
        <Item to={kDirectoryRoutes.deputies} label={t('directory.nav.deputies')} current={current} />
        <Item to={kDirectoryRoutes.maslikhats} label={t('directory.nav.maslikhats')} current={current} />
        <Item to={kPaths.publicRegister} label={t('appeals.nav.publicRegister')} current={current} />
        <Item to={kPaths.news} label={t('posts.public.nav')} current={current} />
        <Item to={kPaths.events} label={t('events.nav.public')} current={current} />
        {user ? (
          <>
            <Item to={kPaths.appeals} label={t('appeals.nav.appeals')} current={current} />
            {isLiaison && <Item to={kPaths.requests} label={t('appeals.nav.requests')} current={current} />}
            {isStaff && <Item to={kPaths.receptions} label={t('reception.nav.staff')} current={current} />}
            {isDeputy && !isStaff && <Item to={kPaths.receptions} label={t('reception.stats.days.nav')} current={current} />}
            {isDeputy && <Item to={kPaths.myPosts} label={t('posts.mine.nav')} current={current} />}
            {isDeputy && <Item to={kPaths.myVoterReports} label={t('voterReports.nav.mine')} current={current} />}
            {isStaff && <Item to={kPaths.staffTasks} label={t('tasks.nav')} current={current} />}
            {isStaff && <Item to={kPaths.registerReview} label={t('registerReview.nav')} current={current} />}
            {isStaff && <Item to={kPaths.staffPosts} label={t('posts.staff.nav')} current={current} />}
            {isStaff && <Item to={kPaths.staffEvents} label={t('events.nav.staff')} current={current} />}
            {isStaff && <Item to={kPaths.answerTemplates} label={t('appeals.nav.templates')} current={current} />}
            <Item to={kPaths.account} label={t('nav.account')} current={current} />
            <Item to={kPaths.myData} label={t('privacy.nav')} current={current} />
            {isAdmin && <Item to={kPaths.adminUsers} label={t('nav.adminUsers')} current={current} />}
            {isAdmin && <Item to={kPaths.adminCalendar} label={t('appeals.nav.calendar')} current={current} />}
            {isAdmin && <Item to={kDirectoryRoutes.admin} label={t('directory.admin.nav')} current={current} />}
            {isAdmin && <Item to={kPaths.adminCategories} label={t('appeals.nav.categories')} current={current} />}
          </>
        ) : (
          <>
            <Item to={kPaths.login} label={t('nav.login')} current={current} />
            <Item to={kPaths.register} label={t('nav.register')} current={current} />
          </>
        )}
      </ul>
    </nav>
  );
}
