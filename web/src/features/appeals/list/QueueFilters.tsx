// Work-queue filters: maslikhat (staff), status, type, overdue only, the urgent queue (staff),
// text, registration dates.
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, useMaslikhats } from '../../directory';
import { kAppealStatuses, kAppealTypes } from '../types';
import type { ListFilters } from './list_filters';
import { DateField } from '../../../components/DateField';

export function QueueFilters({
  value,
  maslikhatIds,
  onApply,
}: {
  value: ListFilters;
  /** Maslikhats to choose from (staff); empty hides the selector. */
  maslikhatIds: readonly number[];
  onApply: (filters: ListFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const set = <K extends keyof ListFilters>(key: K, next: ListFilters[K]) => setDraft((d) => ({ ...d, [key]: next }));
  const nameOf = (id: number) => {
    const found = maslikhats.data?.items.find((m) => m.id === id);
    return found ? localized(i18n.language, found, 'name') : `#${id}`;
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label={t('appeals.filters.title')}>
      <Fieldset legend={t('appeals.filters.title')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          {maslikhatIds.length > 0 && (
            <NativeSelect
              label={t('appeals.filters.maslikhat')}
              value={draft.maslikhatId === null ? '' : String(draft.maslikhatId)}
              onChange={(event) => {
                const id = Number(event.currentTarget.value);
                // The maslikhat switches the list at once; the other filters wait for "Apply".
                onApply({ ...draft, maslikhatId: id });
              }}
              data={maslikhatIds.map((id) => ({ value: String(id), label: nameOf(id) }))}
            />
          )}
          <NativeSelect
            label={t('appeals.filters.status')}
            value={draft.status}
            onChange={(event) => set('status', kAppealStatuses.find((s) => s === event.currentTarget.value) ?? '')}
            data={[
              { value: '', label: t('appeals.common.any') },
              ...kAppealStatuses.map((s) => ({ value: s, label: t(`appeals.status.${s}`) })),
            ]}
          />
          <NativeSelect
            label={t('appeals.filters.type')}
            value={draft.type}
            onChange={(event) => set('type', kAppealTypes.find((s) => s === event.currentTarget.value) ?? '')}
            data={[
              { value: '', label: t('appeals.common.any') },
              ...kAppealTypes.map((s) => ({ value: s, label: t(`appeals.type.${s}`) })),
            ]}
          />
          <TextInput
            label={t('appeals.filters.q')}
            type="search"
            maxLength={200}
            value={draft.q}
            onChange={(event) => set('q', event.currentTarget.value)}
          />
          <DateField
            label={t('appeals.filters.from')}
            value={draft.from}
            onChange={(value) => set('from', value)}
          />
          <DateField
            label={t('appeals.filters.to')}
            value={draft.to}
            onChange={(value) => set('to', value)}
          />
        </SimpleGrid>
        <Group mt="md" gap="md" justify="space-between" wrap="wrap">
          <Checkbox
            label={t('appeals.filters.overdue')}
            checked={draft.overdue}
            onChange={(event) => set('overdue', event.currentTarget.checked)}
          />
          {maslikhatIds.length > 0 && (
            <Checkbox
              label={t('appeals.filters.urgent')}
              checked={draft.urgent}
              onChange={(event) => set('urgent', event.currentTarget.checked)}
            />
          )}
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() =>
                onApply({ maslikhatId: draft.maslikhatId, status: '', type: '', overdue: false, urgent: false, q: '', from: '', to: '' })
              }
            >
              {t('appeals.filters.reset')}
            </Button>
            <Button type="submit">{t('appeals.filters.apply')}</Button>
          </Group>
        </Group>
      </Fieldset>
    </form>
  );
}
