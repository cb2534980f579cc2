// A page: sets the document title and renders the single h1 (focus target after navigation).
import { Stack, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Page({ title, children, narrow = false }: { title: string; children: ReactNode; narrow?: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    const suffix = t('app.titleSuffix');
    document.title = title.startsWith(suffix) ? title : `${title} — ${suffix}`;
  }, [title, t]);
  return (
    <Stack gap="lg" maw={narrow ? 480 : undefined}>
      <Title order={1} className="page-title" tabIndex={-1}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
