// A maslikhat's office: address, phones, e-mail, working hours, social links.
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Maslikhat } from '../directory_types';
import { localized } from '../localized';
import { hasSocialLinks, SocialLinksList } from './SocialLinksList';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function MaslikhatContacts({ maslikhat }: { maslikhat: Maslikhat }) {
  const { t, i18n } = useTranslation();
  const address = localized(i18n.language, maslikhat, 'address');
  const hours = localized(i18n.language, maslikhat, 'working_hours');
  const phones = maslikhat.phones.filter((phone) => phone.trim() !== '');
  const empty = !address && phones.length === 0 && !maslikhat.email && !hours && !hasSocialLinks(maslikhat.social_links);
  if (empty) return <Text c="dimmed">{t('directory.contacts.none')}</Text>;
  return (
    <Stack gap="xs" component="dl" m={0}>
      {address && <Row label={t('directory.contacts.address')}>{address}</Row>}
      {phones.length > 0 && (
        <Row label={t('directory.contacts.phones')}>
          {phones.map((phone, index) => (
            <span key={phone}>
              {index > 0 && ', '}
              <Anchor href={phoneHref(phone)}>{phone}</Anchor>
            </span>
          ))}
        </Row>
      )}
      {maslikhat.email && (
        <Row label={t('directory.contacts.email')}>
          <Anchor href={`mailto:${maslikhat.email}`}>{maslikhat.email}</Anchor>
        </Row>
      )}
      {hours && <Row label={t('directory.contacts.hours')}>{hours}</Row>}
      {hasSocialLinks(maslikhat.social_links) && (
        <Row label={t('directory.contacts.social')}>
          <SocialLinksList links={maslikhat.social_links} />
        </Row>
      )}
    </Stack>
  );
}
