// kk / ru / en as three toggle buttons: Tab to reach, Enter or Space to choose. Plain buttons drawn
// as Mantine's (LanguageSwitch.module.css): three Mantine Buttons were a visible part of every
// page's first render on a slow phone.
import { useTranslation } from 'react-i18next';
import { selectLanguage } from '../lib/i18n/i18n';
import { kLanguages } from '../lib/i18n/languages';
import classes from './LanguageSwitch.module.css';
import { Row } from './plain';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Row gap={4} centered noWrap role="group" aria-label={t('nav.language')}>
      {kLanguages.map((language) => (
        <button
          key={language}
          type="button"
          className={`mantine-focus-auto ${classes.button}`}
          aria-pressed={i18n.language === language}
          lang={language}
          onClick={() => void selectLanguage(language)}
        >
          {t(`lang.${language}`)}
        </button>
      ))}
    </Row>
  );
}
