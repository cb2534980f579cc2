// The administrator's category list: rename, reorder (up/down), add, remove, then save it whole.
// Keys of saved categories stay fixed (appeals refer to them); new rows get a key typed in.
import { ActionIcon, Button, Fieldset, Group, Loader, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { describeError } from '../../../lib/i18n/error_text';
import { categoryName, useCategories, useSaveCategories } from '../control_hooks';
import type { AppealCategory } from '../types';
import { categoryProblems, moveRow, type CategoryProblem } from './category_rows';

interface Row extends AppealCategory {
  /** Saved before: the key is fixed. */
  saved: boolean;
  uid: number;
}

let nextUid = 1;
const toRows = (items: AppealCategory[]): Row[] => items.map((c) => ({ ...c, saved: true, uid: nextUid++ }));

function focusLater(selector: string) {
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
}

export function CategoryRowsEditor({
  initial,
  pending,
  onSave,
}: {
  initial: AppealCategory[];
  pending: boolean;
  onSave: (items: AppealCategory[], done: (saved: AppealCategory[]) => void) => void;
}) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => toRows(initial));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [checked, setChecked] = useState(false);
  const [announce, setAnnounce] = useState('');
  const problems = useMemo(
    () => (checked ? categoryProblems(rows) : new Map<number, CategoryProblem>()),
    [rows, checked],
  );

  function change(next: Row[]) {
    setRows(next);
    setDirty(true);
    setSaved(false);
  }
  const set = (index: number, patch: Partial<Row>) => change(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function move(index: number, delta: -1 | 1) {
    const row = rows[index];
    if (!row) return;
    change(moveRow(rows, index, delta));
    setAnnounce(t('appeals.categoriesAdmin.moved', { name: categoryName(row, i18n.language) || row.key, n: index + delta + 1 }));
    const target = index + delta;
    // Keep focus on the same button of the moved row; at an end, on the other one.
    const edge = (delta === -1 && target === 0) || (delta === 1 && target === rows.length - 1);
    const which = edge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down';
    focusLater(`[data-move="${which}-${target}"]`);
  }

  function save() {
    setChecked(true);
    const found = categoryProblems(rows);
    if (found.size > 0) {
      focusLater('main [aria-invalid="true"]');
      return;
    }
    onSave(
      rows.map(({ key, name_kk, name_ru, name_en }) => ({ key, name_kk: name_kk.trim(), name_ru: name_ru.trim(), name_en: name_en.trim() })),
      (result) => {
        setRows(toRows(result));
        setDirty(false);
        setSaved(true);
        setChecked(false);
      },
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">{t('appeals.categoriesAdmin.count', { n: rows.length })}</Text>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row, index) => {
          const n = index + 1;
          const problem = problems.get(index);
          const text = problem ? t(`appeals.categoriesAdmin.problem.${problem}`) : undefined;
          const nameError = (value: string) => (problem === 'name' && value.trim() === '' ? text : undefined);
          return (
            <li key={row.uid} data-testid="category-row">
              <Fieldset legend={`${t('appeals.categoriesAdmin.row', { n })}: ${row.key || '—'}`} p="sm">
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <TextInput
                    label={t('appeals.categoriesAdmin.key')}
                    description={row.saved ? undefined : t('appeals.categoriesAdmin.keyHint')}
                    value={row.key}
                    readOnly={row.saved}
                    maxLength={40}
                    onChange={(event) => set(index, { key: event.currentTarget.value })}
                    error={problem === 'key' || problem === 'duplicate' ? text : undefined}
                    data-row-key={index}
                  />
                  <TextInput
                    label={t('appeals.categoriesAdmin.nameKk')}
                    lang="kk"
                    value={row.name_kk}
                    maxLength={200}
                    onChange={(event) => set(index, { name_kk: event.currentTarget.value })}
                    error={nameError(row.name_kk)}
                  />
                  <TextInput
                    label={t('appeals.categoriesAdmin.nameRu')}
                    lang="ru"
                    value={row.name_ru}
                    maxLength={200}
                    onChange={(event) => set(index, { name_ru: event.currentTarget.value })}
                    error={nameError(row.name_ru)}
                  />
                  <TextInput
                    label={t('appeals.categoriesAdmin.nameEn')}
                    lang="en"
                    value={row.name_en}
                    maxLength={200}
                    onChange={(event) => set(index, { name_en: event.currentTarget.value })}
                    error={nameError(row.name_en)}
                  />
                </SimpleGrid>
                <Group gap="xs" mt="xs">
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('appeals.categoriesAdmin.up', { n })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    data-move={`up-${index}`}
                  >
                    <span aria-hidden="true">↑</span>
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('appeals.categoriesAdmin.down', { n })}
                    disabled={index === rows.length - 1}
                    onClick={() => move(index, 1)}
                    data-move={`down-${index}`}
                  >
                    <span aria-hidden="true">↓</span>
                  </ActionIcon>
                  <Button variant="default" onClick={() => change(rows.filter((_, i) => i !== index))}>
                    {t('appeals.categoriesAdmin.remove', { n })}
                  </Button>
                </Group>
              </Fieldset>
            </li>
          );
        })}
      </Stack>
      <div>
        <Button
          variant="default"
          onClick={() => {
            change([...rows, { key: '', name_kk: '', name_ru: '', name_en: '', saved: false, uid: nextUid++ }]);
            focusLater(`[data-row-key="${rows.length}"]`);
          }}
        >
          {t('appeals.categoriesAdmin.add')}
        </Button>
      </div>
      <div aria-live="polite">
        <VisuallyHidden>{announce}</VisuallyHidden>
        {saved && <FormAlert kind="success">{t('appeals.categoriesAdmin.saved')}</FormAlert>}
        {dirty && !saved && <Text fw={600}>{t('appeals.categoriesAdmin.unsaved')}</Text>}
      </div>
      <div>
        <Button onClick={save} loading={pending}>
          {t('appeals.categoriesAdmin.save')}
        </Button>
      </div>
    </Stack>
  );
}

export function CategoryEditor() {
  const { t, i18n } = useTranslation();
  const categories = useCategories();
  const save = useSaveCategories();
  const [loaded, setLoaded] = useState<AppealCategory[] | null>(null);
  useEffect(() => {
    if (categories.data && loaded === null) setLoaded(categories.data.items);
  }, [categories.data, loaded]);
  if (categories.isError) {
    return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), categories.error).summary}</FormAlert>;
  }
  if (loaded === null) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack gap="sm">
      {save.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), save.error).summary}</FormAlert>}
      <CategoryRowsEditor
        initial={loaded}
        pending={save.isPending}
        onSave={(items, done) => save.mutate(items, { onSuccess: (result) => done(result.items) })}
      />
    </Stack>
  );
}
