// The maslikhat a staff page works on, for staff of several (nothing is shown for one).
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StaffMaslikhatSelect({ ids, value, onChange }: { ids: number[]; value: number; onChange: (id: number) => void }) {
  const { t } = useTranslation();
  if (ids.length < 2) return null;
  return (
    <NativeSelect
      label={t('reception.staff.maslikhat')}
      value={String(value)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      data={ids.map((id) => ({ value: String(id), label: t('reception.staff.maslikhatNumber', { n: id }) }))}
    />
  );
}
