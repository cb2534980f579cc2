// A long legal text in one language, readable on a phone: one paragraph per block with its own
// anchor (#kk-3, #ru-3), so a paragraph can be linked to and found again.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paragraphs } from './hooks';

export function ActText({ language, text }: { language: 'kk' | 'ru'; text: string }) {
  const { t } = useTranslation();
  const parts = paragraphs(text);
  const headingId = `text-${language}`;
  return (
    <section aria-labelledby={headingId} lang={language} className="act-text">
      <Title order={2} size="h3" id={headingId} lang={undefined}>
        {t(`acts.text.${language}`)}
      </Title>
      {parts.length === 0 ? (
        <Text c="dimmed">{t('acts.text.none')}</Text>
      ) : (
        <Stack gap="sm" mt="sm">
          {parts.map((part, i) => {
            const id = `${language}-${String(i + 1)}`;
            return (
              <Text
                key={id}
                id={id}
                component="p"
                m={0}
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', scrollMarginTop: '4rem' }}
              >
                <Anchor href={`#${id}`} size="sm" c="dimmed" className="act-no-print" aria-label={t('acts.text.anchor', { n: i + 1 })} mr={6}>
                  §{i + 1}
                </Anchor>
                {part}
              </Text>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
