// Asks a signed-in person for consent to the current text when none is in force (a new version was
// published, or they withdrew it): the server's text per Art. 8 of the personal-data law
// (GET /api/v1/consent), then accept or later (asked again on the next page load). Loaded only
// when the shell needs it.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { describeError } from '../../lib/i18n/error_text';
import { ConsentSections, useConsentText } from '../identity';
import { useAcceptConsent } from './hooks';

export function ConsentPrompt() {
  const { t, i18n } = useTranslation();
  const text = useConsentText();
  const accept = useAcceptConsent();
  const [open, setOpen] = useState(true);
  const version = text.data?.version;
  return (
    <Modal
      opened={open}
      onClose={() => setOpen(false)}
      title={t('privacy.prompt.title')}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="xs">
        {text.data && <ConsentSections text={text.data} />}
        {text.isPending && <Text size="sm">{t('common.loading')}</Text>}
        {text.isError && <FormAlert kind="error">{t('register.infoUnavailable')}</FormAlert>}
        {version && <Text size="sm">{t('privacy.prompt.version', { version })}</Text>}
        {accept.isError && (
          <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), accept.error).summary}</FormAlert>
        )}
        <Group>
          <Button
            disabled={!version}
            loading={accept.isPending}
            onClick={() => version && accept.mutate(version, { onSuccess: () => setOpen(false) })}
          >
            {t('privacy.prompt.accept')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('privacy.prompt.later')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
