// Staff set the appeal's category from the installation's taxonomy; names follow the UI language.
import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/i18n/error_text';
import { categoryName, useCategories, useCategorize } from '../control_hooks';
import type { Appeal } from '../types';

export function CategorySelect({ appeal }: { appeal: Appeal }) {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const categorize = useCategorize(appeal.id);
  const [saved, setSaved] = useState(false);
  const items = categories.data?.items ?? [];
  const known = items.some((c) => c.key === appeal.category);
  const error = categorize.isError ? describeError(t, (k) => i18n.exists(k), categorize.error).summary : undefined;
  return (
    <div>
      <NativeSelect
        label={t('appeals.category.label')}
        value={appeal.category}
        disabled={categorize.isPending}
        onChange={(event) => {
          setSaved(false);
          categorize.mutate(event.currentTarget.value, { onSuccess: () => setSaved(true) });
        }}
        data={[
          { value: '', label: t('appeals.category.none') },
          ...(known || appeal.category === '' ? [] : [{ value: appeal.category, label: appeal.category }]),
          ...items.map((c) => ({ value: c.key, label: categoryName(c, i18n.language) })),
        ]}
        error={error ?? undefined}
        maw={420}
      />
      <div aria-live="polite">
        {saved && (
          <Text size="sm" mt={4} c="green.9">
            {t('appeals.category.saved')}
          </Text>
        )}
      </div>
    </div>
  );
}
