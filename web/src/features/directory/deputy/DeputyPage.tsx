// A deputy's public page; staff of the maslikhat (can_edit) also get the edit form and photo upload.
import { Anchor, Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { CoverageTable } from '../components/CoverageTable';
import { DeputyPhoto } from '../components/DeputyPhoto';
import { LoadedPage } from '../components/LoadedPage';
import { phoneHref } from '../components/MaslikhatContacts';
import { hasSocialLinks, SocialLinksList } from '../components/SocialLinksList';
import { directoryPath } from '../directory_paths';
import type { DeputyView } from '../directory_types';
import { useDeputy } from '../hooks';
import { deputyName, localized } from '../localized';
import { lazyComponent } from '../../../components/lazy_component';
import { LatestPosts } from '../../posts';
import { DeputyReceptions } from '../../reception';

// Editors are staff-only: fetched when shown.
const DeputyEditForm = lazyComponent(async () => (await import('./DeputyEditForm')).DeputyEditForm);
const DeputyPhotoUpload = lazyComponent(async () => (await import('./DeputyPhotoUpload')).DeputyPhotoUpload);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <Stack gap="xs">
      {text
        .split(/\n\s*\n|\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, index) => (
          <Text key={index}>{part}</Text>
        ))}
    </Stack>
  );
}

function DeputyContent({ deputy }: { deputy: DeputyView }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const lang = i18n.language;
  const name = deputyName(lang, deputy);
  const party = localized(lang, deputy, 'party');
  const bio = localized(lang, deputy, 'bio');
  const maslikhatName = localized(lang, deputy.maslikhat, 'name');
  const isChair = deputy.roles.includes('chair');
  const hasContacts = !!deputy.email || !!deputy.phone || hasSocialLinks(deputy.social_links);

  return (
    <Page title={name}>
      {deputy.can_edit && deputy.published === false && (
        <FormAlert kind="info">{t('directory.deputy.unpublished')}</FormAlert>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
        <DeputyPhoto url={deputy.photo_url} name={name} size={160} />
        <Stack gap={6} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          {isChair && (
            <div>
              <Badge variant="filled" color="blue.8" tt="none" size="lg">
                {t('directory.deputy.chairOfMaslikhat')}
              </Badge>
            </div>
          )}
          <Text>
            <Text span fw={600}>
              {t('directory.deputy.maslikhat')}:
            </Text>{' '}
            <Anchor component={Link} to={directoryPath.maslikhat(deputy.maslikhat.id)}>
              {maslikhatName}
            </Anchor>
          </Text>
          <Text>
            <Text span fw={600}>
              {t('directory.deputy.mandate')}:
            </Text>{' '}
            {t(`directory.mandate.${deputy.mandate_type}`)}
          </Text>
          {party && (
            <Text>
              <Text span fw={600}>
                {t('directory.deputy.party')}:
              </Text>{' '}
              {party}
            </Text>
          )}
          <Text>
            <Text span fw={600}>
              {t('directory.deputy.convocation')}:
            </Text>{' '}
            {t('directory.convocationNumber', { n: deputy.convocation })}
          </Text>
          <div>
            <Button component={Link} to={`/appeals/new?deputy_id=${String(deputy.id)}`} mt="xs">
              {t('appeals.home.writeToDeputy')}
            </Button>
          </div>
        </Stack>
      </Group>

      {deputy.can_edit && (
        <Paper withBorder p="md" component="section" aria-labelledby="deputy-staff-title">
          <Stack gap="md">
            <Title order={2} size="h4" id="deputy-staff-title">
              {t('directory.staff.title')}
            </Title>
            {saved && !editing && <FormAlert kind="success">{t('directory.edit.saved')}</FormAlert>}
            {editing ? (
              <DeputyEditForm
                deputy={deputy}
                onDone={(didSave) => {
                  setEditing(false);
                  setSaved(didSave);
                }}
              />
            ) : (
              <Group>
                <Button
                  variant="default"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('directory.edit.open')}
                </Button>
              </Group>
            )}
            <DeputyPhotoUpload deputyId={deputy.id} />
          </Stack>
        </Paper>
      )}

      {deputy.okrug && (
        <Section title={t('directory.deputy.okrug')}>
          <Text>
            <Anchor component={Link} to={directoryPath.okrug(deputy.okrug.id)} fw={600}>
              {localized(lang, deputy.okrug, 'name')}
            </Anchor>
            {localized(lang, deputy.okrug, 'center') && ` — ${localized(lang, deputy.okrug, 'center')}`}
          </Text>
          <CoverageTable rows={deputy.okrug.coverage} caption={t('directory.deputy.coverage')} />
        </Section>
      )}

      <DeputyReceptions deputyId={deputy.id} />
      <LatestPosts deputyId={deputy.id} />

      {deputy.commissions.length > 0 && (
        <Section title={t('directory.deputy.commissions')}>
          <List spacing="xs">
            {deputy.commissions.map((commission) => (
              <List.Item key={commission.id}>
                <Anchor component={Link} to={directoryPath.commission(commission.id)}>
                  {localized(lang, commission, 'name')}
                </Anchor>{' '}
                — {t(`directory.role.${commission.role}`)}
              </List.Item>
            ))}
          </List>
        </Section>
      )}

      {bio && (
        <Section title={t('directory.deputy.biography')}>
          <Paragraphs text={bio} />
        </Section>
      )}

      {hasContacts && (
        <Section title={t('directory.deputy.contacts')}>
          <Stack gap="xs">
            {deputy.email && (
              <Text>
                <Text span fw={600}>
                  {t('directory.contacts.email')}:
                </Text>{' '}
                <Anchor href={`mailto:${deputy.email}`}>{deputy.email}</Anchor>
              </Text>
            )}
            {deputy.phone && (
              <Text>
                <Text span fw={600}>
                  {t('directory.contacts.phones')}:
                </Text>{' '}
                <Anchor href={phoneHref(deputy.phone)}>{deputy.phone}</Anchor>
              </Text>
            )}
            <SocialLinksList links={deputy.social_links} />
          </Stack>
        </Section>
      )}
    </Page>
  );
}

/**
 * The deputy page's own shape while it loads: the photo, the four facts and the button beside it,
 * then the okrug with its coverage. With the generic placeholder the footer jumped when the data
 * came (layout shift 0.175 at 390 px; 0.07 with this one, e2e/forms_and_console.spec.ts).
 */
function DeputySkeleton() {
  return (
    <Stack gap="lg" aria-hidden="true">
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Skeleton width={160} height={160} radius="md" style={{ flex: 'none' }} />
        <Stack gap={6} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          {['70%', '55%', '60%', '40%'].map((width) => (
            <Skeleton key={width} height={24} width={width} radius="sm" />
          ))}
          <Skeleton height={36} width={220} radius="md" mt="xs" />
        </Stack>
      </Group>
      <Stack gap="xs">
        <Skeleton height={30} width="35%" radius="sm" />
        <Skeleton height={24} width="65%" radius="sm" />
        <Skeleton height={180} radius="md" />
      </Stack>
    </Stack>
  );
}

export function DeputyPage() {
  const { id } = useParams();
  const query = useDeputy(Number(id));
  return (
    <LoadedPage query={query} skeleton={<DeputySkeleton />}>
      {(deputy) => <DeputyContent deputy={deputy} />}
    </LoadedPage>
  );
}
