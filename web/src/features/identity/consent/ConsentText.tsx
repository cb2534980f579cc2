// The consent text in force, as the server ships it (GET /api/v1/consent, docs/personal-data.md
// "Consent"): the operator with its BIN, the data, purposes, term, transfers, publication and how
// to withdraw, in the page's language. Shown at registration and when consent is asked again.
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import { isUiLanguage } from '../../../lib/i18n/i18n';

export type ConsentTextData = components['schemas']['ConsentText'];

export function useConsentText() {
  const { i18n } = useTranslation();
  const lang = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  return useQuery({
    queryKey: ['consent-text', lang],
    queryFn: ({ signal }) => api.get('/api/v1/consent', { query: { lang }, signal }),
    staleTime: 10 * 60 * 1000,
  });
}

/** The sections, each a small heading and its paragraph; `id` names the whole for aria-describedby. */
export function ConsentSections({ text, id }: { text: ConsentTextData; id?: string }) {
  return (
    <Stack gap={6} id={id} className="consent-text">
      {text.sections.map((section, index) => (
        <div key={index}>
          <Title order={3} size="h6">
            {section.title}
          </Title>
          <Text size="sm">{section.text}</Text>
        </div>
      ))}
    </Stack>
  );
}
