// What "find my deputy" answers: okrugs grouped by maslikhat (oblast first) with their deputies,
// or, when no okrug covers the address, the contacts of the settlement's maslikhats.
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { DeputyCard } from '../components/DeputyCard';
import { MaslikhatContacts } from '../components/MaslikhatContacts';
import { directoryPath } from '../directory_paths';
import { levelRank, type AddressLookup, type AddressMatch, type Maslikhat } from '../directory_types';
import { localized } from '../localized';

interface MaslikhatGroup {
  maslikhat: Maslikhat;
  matches: AddressMatch[];
}

/** Matches grouped by maslikhat, oblast level first (the server's order within a level). */
export function groupByMaslikhat(matches: readonly AddressMatch[]): MaslikhatGroup[] {
  const groups: MaslikhatGroup[] = [];
  for (const match of matches) {
    const group = groups.find((g) => g.maslikhat.id === match.maslikhat.id);
    if (group) group.matches.push(match);
    else groups.push({ maslikhat: match.maslikhat, matches: [match] });
  }
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => levelRank(a.group.maslikhat.level) - levelRank(b.group.maslikhat.level) || a.index - b.index)
    .map(({ group }) => group);
}

function MatchGroup({ group }: { group: MaslikhatGroup }) {
  const { t, i18n } = useTranslation();
  const name = localized(i18n.language, group.maslikhat, 'name');
  return (
    <Paper withBorder p="md" component="section" aria-label={name}>
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed">
            {t(`directory.level.${group.maslikhat.level}`)}
          </Text>
          <Title order={3} size="h4">
            <Anchor component={Link} to={directoryPath.maslikhat(group.maslikhat.id)}>
              {name}
            </Anchor>
          </Title>
        </div>
        {group.matches.map(({ okrug, deputies }) => (
          <Stack key={okrug.id} gap="xs">
            <Title order={4} size="h5">
              <Anchor component={Link} to={directoryPath.okrug(okrug.id)}>
                {localized(i18n.language, okrug, 'name')}
              </Anchor>
            </Title>
            {deputies.length === 0 ? (
              <Text c="dimmed">{t('directory.find.noDeputies')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {deputies.map((deputy) => (
                  <DeputyCard key={deputy.id} deputy={deputy} />
                ))}
              </SimpleGrid>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

export function LookupResults({ result }: { result: AddressLookup }) {
  const { t, i18n } = useTranslation();
  if (result.matches.length > 0) {
    const groups = groupByMaslikhat(result.matches);
    return (
      <Stack gap="md">
        <Text fw={600}>{t('directory.find.found', { n: result.matches.length })}</Text>
        {groups.map((group) => (
          <MatchGroup key={group.maslikhat.id} group={group} />
        ))}
      </Stack>
    );
  }
  if (!result.settlement_known) {
    return (
      <FormAlert kind="info" title={t('directory.find.noMatchTitle')}>
        {t('directory.find.unknownSettlement')}{' '}
        <Anchor component={Link} to={directoryPath.maslikhats}>
          {t('directory.find.allMaslikhats')}
        </Anchor>
      </FormAlert>
    );
  }
  return (
    <Stack gap="md">
      <FormAlert kind="info" title={t('directory.find.noMatchTitle')}>
        {t('directory.find.noMatchText')}
      </FormAlert>
      {result.contacts.map((maslikhat) => {
        const name = localized(i18n.language, maslikhat, 'name');
        return (
          <Paper key={maslikhat.id} withBorder p="md" component="section" aria-label={name}>
            <Stack gap="xs">
              <Title order={3} size="h4">
                <Anchor component={Link} to={directoryPath.maslikhat(maslikhat.id)}>
                  {name}
                </Anchor>
              </Title>
              <MaslikhatContacts maslikhat={maslikhat} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
