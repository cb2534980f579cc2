// Lifts the sign-in throttles of an account with the token from the mailed link
// (/unlock?token=...). Nothing is sent until the owner presses the button: mail scanners
// open links on their own.
import { Anchor, Box, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { kPaths } from '../../../lib/paths';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { isApiError } from '../../../lib/api/api_error';
import { describeError } from '../../../lib/i18n/error_text';
import { useUnlock } from '../hooks';

/** Why the server refused the token, or null when the error is about something else (retryable). */
function tokenProblem(error: unknown): 'invalid' | 'expired' | null {
  if (!isApiError(error)) return null;
  const reason = error.fields.token;
  if (reason === undefined) return null;
  return reason === 'expired' ? 'expired' : 'invalid';
}

export function UnlockPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = (params.get('token') ?? '').trim();
  const unlock = useUnlock();
  const problem = token === '' ? 'missing' : tokenProblem(unlock.error);
  // The explanation and the button, while pressing it can still help.
  const canUnlock = problem === null && !unlock.isSuccess;
  const finished = unlock.isSuccess || (problem !== null && problem !== 'missing');
  // The button goes away once there is nothing more to do: the focus moves to the outcome.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (finished) outcomeRef.current?.focus();
  }, [finished]);

  const resetLink = (
    <Anchor component={Link} to={kPaths.reset}>
      {t('unlock.resetLink')}
    </Anchor>
  );

  let outcome: React.ReactNode = null;
  if (problem !== null) {
    outcome = (
      <FormAlert kind="error">
        <Stack gap="xs">
          <Text inherit>{t(`unlock.${problem}`)}</Text>
          {resetLink}
        </Stack>
      </FormAlert>
    );
  } else if (unlock.isSuccess) {
    outcome = (
      <FormAlert kind="success">
        <Stack gap="xs">
          <Text inherit>{t('unlock.done')}</Text>
          <Anchor component={Link} to={kPaths.login}>
            {t('unlock.toLogin')}
          </Anchor>
        </Stack>
      </FormAlert>
    );
  } else if (unlock.isError) {
    // Network, server or throttling trouble: the token may still be good, so the button stays.
    const summary = describeError(t, (key) => i18n.exists(key), unlock.error).summary;
    outcome = <FormAlert kind="error">{summary ?? t('errors.code.internal')}</FormAlert>;
  }

  return (
    <Page title={t('unlock.title')} narrow>
      {canUnlock && <Text>{t('unlock.intro')}</Text>}
      {outcome && (
        <Box ref={outcomeRef} tabIndex={-1} style={{ outline: 'none' }}>
          {outcome}
        </Box>
      )}
      {canUnlock && (
        <Box>
          <Button type="button" loading={unlock.isPending} onClick={() => unlock.mutate(token)}>
            {t('unlock.submit')}
          </Button>
        </Box>
      )}
    </Page>
  );
}
