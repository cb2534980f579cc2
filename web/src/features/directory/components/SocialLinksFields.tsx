// Inputs for social links: one https URL per network, empty = none.
import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { kSocialNetworks, type SocialLinks, type SocialNetwork } from '../directory_types';

export type SocialDraft = Record<SocialNetwork, string>;

export function socialDraft(links: SocialLinks): SocialDraft {
  const out = {} as SocialDraft;
  for (const network of kSocialNetworks) out[network] = links[network] ?? '';
  return out;
}

/** The links to send: trimmed, empty ones left out. */
export function socialLinksOf(draft: SocialDraft): SocialLinks {
  const out: SocialLinks = {};
  for (const network of kSocialNetworks) {
    const value = draft[network].trim();
    if (value) out[network] = value;
  }
  return out;
}

/** Networks whose link does not start with https:// (the server rejects the whole set). */
export function badSocialLinks(draft: SocialDraft): SocialNetwork[] {
  return kSocialNetworks.filter((network) => {
    const value = draft[network].trim();
    return value !== '' && !/^https:\/\/\S+$/.test(value);
  });
}

export function SocialLinksFields({
  draft,
  onChange,
  errors,
  groupError,
}: {
  draft: SocialDraft;
  onChange: (draft: SocialDraft) => void;
  errors: readonly SocialNetwork[];
  groupError?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('directory.edit.social')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {kSocialNetworks.map((network) => (
          <TextInput
            key={network}
            label={t(`directory.social.${network}`)}
            name={`social_links.${network}`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={draft[network]}
            onChange={(event) => onChange({ ...draft, [network]: event.currentTarget.value })}
            error={errors.includes(network) ? t('directory.edit.socialInvalid') : undefined}
          />
        ))}
      </SimpleGrid>
      {groupError && (
        <div role="alert" style={{ color: 'var(--mantine-color-error)', marginTop: 8, fontSize: 'var(--mantine-font-size-sm)' }}>
          {groupError}
        </div>
      )}
    </Fieldset>
  );
}
