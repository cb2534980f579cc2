// Plain HTML (components/plain.tsx): the footer is on every page's first render.
import { useTranslation } from 'react-i18next';
import { PageWidth, Para, TextLink } from '../../components/plain';
import { kPaths } from '../../lib/paths';
import classes from './shell.module.css';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer}>
      <PageWidth>
        <Para size="sm">{t('footer.about')}</Para>
        <span className={`${classes.small} ${classes.links}`}>
          <TextLink to={kPaths.publicRegister}>{t('appeals.home.publicRegister')}</TextLink>
          <TextLink to={kPaths.acts}>{t('acts.nav')}</TextLink>
          <TextLink to={kPaths.sittings}>{t('sittings.nav')}</TextLink>
          <TextLink to={kPaths.workPlans}>{t('workPlans.nav')}</TextLink>
        </span>
        <div className={classes.rights}>
          <Para size="sm" dimmed>
            {t('footer.rights')}
          </Para>
        </div>
      </PageWidth>
    </footer>
  );
}
