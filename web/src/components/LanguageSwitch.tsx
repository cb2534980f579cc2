// kk / ru / en as three toggle buttons: Tab to reach, Enter or Space to choose.
import { Button } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { selectLanguage } from '../lib/i18n/i18n';
import { kLanguages } from '../lib/i18n/languages';
import { Row } from './plain';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Row gap={4} centered noWrap role="group" aria-label={t('nav.language')}>
      {kLanguages.map((language) => {
        const active = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'subtle'}
            // The stock subtle hover (blue-2 under the default text) is under 4.5:1, which axe finds
            // when a pointer rests on a button: a paler hover and the darkest blue text instead.
            c={active ? undefined : 'blue.9'}
            style={active ? undefined : ({ '--button-hover': 'var(--mantine-color-blue-0)' } as CSSProperties)}
            aria-pressed={active}
            lang={language}
            onClick={() => void selectLanguage(language)}
          >
            {t(`lang.${language}`)}
          </Button>
        );
      })}
    </Row>
  );
}
