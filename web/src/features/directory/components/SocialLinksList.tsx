// Social network links as a list; only https links the server accepted.
import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kSocialNetworks, type SocialLinks } from '../directory_types';

export function hasSocialLinks(links: SocialLinks | undefined): boolean {
  return kSocialNetworks.some((network) => !!links?.[network]);
}

export function SocialLinksList({ links }: { links: SocialLinks }) {
  const { t } = useTranslation();
  const present = kSocialNetworks.filter((network) => !!links[network]);
  if (present.length === 0) return null;
  return (
    <Group component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {present.map((network) => (
        <li key={network}>
          <Anchor href={links[network]} target="_blank" rel="noopener noreferrer">
            {t(`directory.social.${network}`)}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}
