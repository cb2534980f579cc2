// The public profile fields a deputy's create and edit forms share: party, e-mail and phone
// (in the caller's two-column grid), then the biography in both languages.
import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BilingualFields, EmailField, PhoneField, type Bind } from '../../../components/form_fields';

export function DeputyProfileFields({ bind, children }: { bind: Bind; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {children}
        <BilingualFields
          field="party"
          labels={[t('directory.edit.partyKk'), t('directory.edit.partyRu')]}
          bind={bind}
          maxLength={200}
        />
        <EmailField bind={bind} />
        <PhoneField bind={bind} />
      </SimpleGrid>
      <BilingualFields
        field="bio"
        labels={[t('directory.edit.bioKk'), t('directory.edit.bioRu')]}
        bind={bind}
        maxLength={10000}
        rows={3}
      />
    </>
  );
}
