// The frame of every page: skip link, header with navigation and language, main, footer.
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { lazyComponent } from '../../components/lazy_component';
import { PageSkeleton } from '../../components/PageSkeleton';
import { PageWidth } from '../../components/plain';
import { useMe } from '../../lib/session';
import { Footer } from './Footer';
import { Header } from './Header';
import classes from './shell.module.css';

/**
 * After a navigation the focus goes to the new page's h1 (or main). A page that first shows a
 * skeleton replaces its heading when the code or data arrive; the focus follows to the new heading
 * while it has not moved elsewhere, for a few seconds.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const focusHeading = () => (document.querySelector<HTMLElement>('main h1') ?? main)?.focus();
    focusHeading();
    if (!main || typeof MutationObserver === 'undefined') return;
    const lost = () => {
      const active = document.activeElement;
      return !active || active === document.body || active === main || !active.isConnected;
    };
    const observer = new MutationObserver(() => {
      if (lost() && document.querySelector('main h1')) focusHeading();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 5000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [pathname]);
}

// Asked when a signed-in person has no consent in force to the current text (docs/personal-data.md).
const ConsentPrompt = lazyComponent(async () => (await import('../../features/privacy/ConsentPrompt')).ConsentPrompt);

export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  useFocusOnNavigation();
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Header />
      <main id="main" className="app-main" tabIndex={-1}>
        <PageWidth className={classes.main}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </PageWidth>
      </main>
      <Footer />
      {me.data?.consent_required && <ConsentPrompt />}
    </div>
  );
}
