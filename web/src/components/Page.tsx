// A page: sets the document title and renders the single h1 (focus target after navigation).
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Column, PageHeading } from './plain';

export function Page({ title, children, narrow = false }: { title: string; children: ReactNode; narrow?: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    const suffix = t('app.titleSuffix');
    document.title = title.startsWith(suffix) ? title : `${title} — ${suffix}`;
  }, [title, t]);
  return (
    <Column gap="lg" style={narrow ? { maxWidth: 480 } : undefined}>
      <PageHeading className="page-title">{title}</PageHeading>
      {children}
    </Column>
  );
}
