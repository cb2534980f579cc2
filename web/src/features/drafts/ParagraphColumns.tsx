// A paragraph's Kazakh and Russian texts: two columns on a wide screen, one under the other on a
// phone (drafts.css), each marked with its language for screen readers and hyphenation; and the
// switch between both languages and one of them.
import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { textColumns, type ParagraphTexts, type TextView } from './languages';

export function TextViewSwitch({ value, onChange }: { value: TextView; onChange: (v: TextView) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('drafts.languages.label')}
      data-testid="text-view"
      size="xs"
      value={value}
      onChange={(v) => onChange(v as TextView)}
      data={[
        { value: 'both', label: t('drafts.languages.both') },
        { value: 'kk', label: <span lang="kk">{t('drafts.languages.kk')}</span> },
        { value: 'ru', label: <span lang="ru">{t('drafts.languages.ru')}</span> },
      ]}
    />
  );
}

export function ParagraphColumns({ paragraph, view }: { paragraph: ParagraphTexts; view: TextView }) {
  const { t } = useTranslation();
  const columns = textColumns(paragraph, view);
  return (
    <div className="drafts-texts" data-columns={columns.length}>
      {columns.map((c) => (
        <div key={c.lang} data-testid={`text-${c.lang}`}>
          {columns.length > 1 && (
            <Text size="xs" c="dimmed" component="p" m={0}>
              {t(c.lang === 'kk' ? 'drafts.languages.kkColumn' : 'drafts.languages.ruColumn')}
            </Text>
          )}
          {c.text === '' ? (
            <Text size="sm" fs="italic" c="dimmed">
              {t(c.lang === 'kk' ? 'drafts.languages.missingKk' : 'drafts.languages.missingRu')}
            </Text>
          ) : (
            <Text className="drafts-paragraph" lang={c.lang}>
              {c.text}
            </Text>
          )}
        </div>
      ))}
    </div>
  );
}
