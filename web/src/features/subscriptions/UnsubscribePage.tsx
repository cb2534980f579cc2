// The unsubscribe link of subscription mails (/unsubscribe?token=…): what the link stops, and
// «Stop these e-mails». Nothing changes until the person presses the button (mail scanners open
// links on their own); mail clients' own one-click button posts to the API directly (RFC 8058).
// No sign-in: the signed token is the key. The follow stays, in the notification centre only.
import { Anchor, Box, Button, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { kPaths } from '../../lib/paths';
import { useUnsubscribe, useUnsubscribeLink, type UnsubscribeLink } from './hooks';

function WhatStops({ link }: { link: UnsubscribeLink }) {
  const { t } = useTranslation();
  if (link.scope === 'subscription' && link.subscription) {
    return (
      <Text>
        {t('subscriptions.unsubscribe.aboutFollow', {
          kind: t(`subscriptions.kind.${link.subscription.target.kind}`),
          name: link.subscription.name || t('subscriptions.gone'),
        })}
      </Text>
    );
  }
  return <Text>{t(`subscriptions.unsubscribe.about_${link.scope === 'weekly' ? 'weekly' : 'daily'}`)}</Text>;
}

export function UnsubscribePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = (params.get('token') ?? '').trim();
  const link = useUnsubscribeLink(token);
  const stop = useUnsubscribe();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stop.isSuccess || stop.isError) outcomeRef.current?.focus();
  }, [stop.isSuccess, stop.isError]);

  const invalid =
    token === '' ||
    (link.isError && isApiError(link.error) && (link.error.status === 404 || link.error.status === 422)) ||
    (stop.isError && isApiError(stop.error) && stop.error.status === 404);

  let body: React.ReactNode;
  if (invalid) {
    body = (
      <FormAlert kind="error">
        <Stack gap="xs">
          <Text inherit>{t('subscriptions.unsubscribe.invalid')}</Text>
          <Anchor component={Link} to={kPaths.mySubscriptions}>
            {t('subscriptions.manage')}
          </Anchor>
        </Stack>
      </FormAlert>
    );
  } else if (link.isPending) {
    body = <Loader aria-label={t('common.loading')} />;
  } else if (link.isError) {
    body = <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), link.error).summary}</FormAlert>;
  } else {
    const data = stop.data ?? link.data;
    body = (
      <Stack gap="md">
        <WhatStops link={data} />
        {stop.isSuccess || stop.isError ? (
          <Box ref={outcomeRef} tabIndex={-1} style={{ outline: 'none' }}>
            {stop.isSuccess ? (
              <FormAlert kind="success">{t('subscriptions.unsubscribe.done')}</FormAlert>
            ) : (
              <FormAlert kind="error">
                {describeError(t, (key) => i18n.exists(key), stop.error).summary ?? t('errors.code.internal')}
              </FormAlert>
            )}
          </Box>
        ) : data.mail_stopped ? (
          <FormAlert kind="info">{t('subscriptions.unsubscribe.already')}</FormAlert>
        ) : (
          <Stack gap="xs" align="flex-start">
            <Text>{t('subscriptions.unsubscribe.intro')}</Text>
            <Button type="button" color="red.9" loading={stop.isPending} onClick={() => stop.mutate(token)}>
              {t('subscriptions.unsubscribe.submit')}
            </Button>
          </Stack>
        )}
        <Anchor component={Link} to={kPaths.mySubscriptions}>
          {t('subscriptions.manage')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Page title={t('subscriptions.unsubscribe.title')} narrow>
      {body}
    </Page>
  );
}
