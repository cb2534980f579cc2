// kk / ru / en as three toggle buttons: Tab to reach, Enter or Space to choose.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { selectLanguage } from '../lib/i18n/i18n';
import { kLanguages } from '../lib/i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('nav.language')} wrap="nowrap">
      {kLanguages.map((language) => {
        const active = i18n.language === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'subtle'}
            aria-pressed={active}
            lang={language}
            onClick={() => void selectLanguage(language)}
          >
            {t(`lang.${language}`)}
          </Button>
        );
      })}
    </Group>
  );
}
