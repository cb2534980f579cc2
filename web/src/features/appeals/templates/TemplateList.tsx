// A maslikhat's answer templates grouped by language; the one being edited shows its form instead.
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { kLanguages } from '../../../lib/i18n/languages';
import type { AnswerTemplate } from '../types';
import { TemplateCard } from './TemplateCard';

export function TemplateList({
  templates,
  editingId,
  editor,
  onEdit,
  onDeleted,
}: {
  templates: AnswerTemplate[];
  editingId: number | null;
  editor: ReactNode;
  onEdit: (template: AnswerTemplate) => void;
  onDeleted: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {kLanguages.map((language) => {
        const items = templates.filter((tpl) => tpl.language === language);
        const headingId = `templates-${language}`;
        return (
          <section key={language} aria-labelledby={headingId}>
            <Title order={2} size="h3" id={headingId} mb="sm">
              {t(`appeals.templatesAdmin.section.${language}`, { n: items.length })}
            </Title>
            {items.length === 0 ? (
              <Text>{t('appeals.templatesAdmin.none')}</Text>
            ) : (
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((tpl) => (
                  <li key={tpl.id}>
                    {tpl.id === editingId ? (
                      editor
                    ) : (
                      <TemplateCard template={tpl} onEdit={() => onEdit(tpl)} onDeleted={onDeleted} />
                    )}
                  </li>
                ))}
              </Stack>
            )}
          </section>
        );
      })}
    </Stack>
  );
}
