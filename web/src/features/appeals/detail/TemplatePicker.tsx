// "Use a template": the maslikhat's answer templates (the appeal's language first) and the answers
// executive bodies gave to this appeal's deputy requests; choosing one fills the answer text.
import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerTemplates, useDeputyRequests } from '../control_hooks';
import { useBodyName } from '../requests/DeputyRequestCard';
import type { Appeal } from '../types';

export function TemplatePicker({ appeal, onPick }: { appeal: Appeal; onPick: (text: string) => void }) {
  const { t } = useTranslation();
  const templates = useAnswerTemplates(appeal.maslikhat_id);
  const requests = useDeputyRequests(appeal.id);
  const bodyName = useBodyName();
  const [value, setValue] = useState('');
  const sorted = [...(templates.data?.items ?? [])].sort(
    (a, b) => Number(b.language === appeal.language) - Number(a.language === appeal.language),
  );
  const answered = (requests.data?.items ?? []).filter((r) => r.answer_text);
  if (sorted.length === 0 && answered.length === 0) return null;
  const texts = new Map<string, string>();
  for (const tpl of sorted) texts.set(`t${tpl.id}`, tpl.body);
  for (const r of answered) texts.set(`r${r.id}`, r.answer_text ?? '');
  const data = [
    { value: '', label: t('appeals.templates.choose') },
    ...(sorted.length > 0
      ? [
          {
            group: t('appeals.templates.groupTemplates'),
            items: sorted.map((tpl) => ({
              value: `t${tpl.id}`,
              label: tpl.language === appeal.language ? tpl.title : `${tpl.title} (${t(`lang.${tpl.language}`)})`,
            })),
          },
        ]
      : []),
    ...(answered.length > 0
      ? [
          {
            group: t('appeals.templates.groupRequests'),
            items: answered.map((r) => ({ value: `r${r.id}`, label: t('appeals.templates.fromBody', { body: bodyName(r.body_id) }) })),
          },
        ]
      : []),
  ];
  return (
    <NativeSelect
      label={t('appeals.templates.label')}
      description={t('appeals.templates.hint')}
      value={value}
      onChange={(event) => {
        const key = event.currentTarget.value;
        setValue(key);
        const text = texts.get(key);
        if (text !== undefined) onPick(text);
      }}
      data={data}
    />
  );
}
