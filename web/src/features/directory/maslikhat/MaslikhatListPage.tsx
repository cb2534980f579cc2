// All maslikhats, oblast first, then city and district ones.
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { LoadingRegion, SkeletonLines } from '../../../components/PageSkeleton';
import { describeError } from '../../../lib/i18n/error_text';
import { directoryPath } from '../directory_paths';
import { kLevelOrder } from '../directory_types';
import { useMaslikhats } from '../hooks';
import { localized } from '../localized';

export function MaslikhatListPage() {
  const { t, i18n } = useTranslation();
  const maslikhats = useMaslikhats();
  const items = maslikhats.data?.items ?? [];
  return (
    <Page title={t('directory.maslikhats.title')}>
      <Text>{t('directory.maslikhats.lead')}</Text>
      {maslikhats.isPending && (
        <LoadingRegion>
          <SkeletonLines lines={6} />
        </LoadingRegion>
      )}
      {maslikhats.isError && (
        <FormAlert kind="error">{describeError(t, (key) => i18n.exists(key), maslikhats.error).summary}</FormAlert>
      )}
      {maslikhats.isSuccess && items.length === 0 && <Text>{t('directory.maslikhats.empty')}</Text>}
      {kLevelOrder.map((level) => {
        const ofLevel = items
          .filter((maslikhat) => maslikhat.level === level)
          .map((maslikhat) => ({ maslikhat, name: localized(i18n.language, maslikhat, 'name') }))
          .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
        if (ofLevel.length === 0) return null;
        return (
          <Stack key={level} gap="xs" component="section" aria-labelledby={`maslikhats-${level}`}>
            <Title order={2} size="h3" id={`maslikhats-${level}`}>
              {t(`directory.maslikhats.level.${level}`)}
            </Title>
            <List spacing="xs">
              {ofLevel.map(({ maslikhat, name }) => (
                <List.Item key={maslikhat.id}>
                  <Anchor component={Link} to={directoryPath.maslikhat(maslikhat.id)}>
                    {name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </Page>
  );
}
