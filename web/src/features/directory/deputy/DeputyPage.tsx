// A deputy's public page; staff of the maslikhat (can_edit) also get the edit form and photo upload.
import { Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { Bar, Column, Fact, Heading, Para, Row, TextLink } from '../../../components/plain';
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
import { DeputyVoterReports } from '../../voter_reports';
import classes from './DeputyPage.module.css';

// Editors are staff-only: fetched when shown.
const DeputyEditForm = lazyComponent(async () => (await import('./DeputyEditForm')).DeputyEditForm);
const DeputyPhotoUpload = lazyComponent(async () => (await import('./DeputyPhotoUpload')).DeputyPhotoUpload);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Column gap="xs" as="section">
      <Heading>{title}</Heading>
      {children}
    </Column>
  );
}

function Paragraphs({ text }: { text: string }) {
  return (
    <Column gap="xs">
      {text
        .split(/\n\s*\n|\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, index) => (
          <Para key={index}>{part}</Para>
        ))}
    </Column>
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
      <Row gap="lg">
        <DeputyPhoto url={deputy.photo_url} name={name} size={160} />
        <Column gap={6} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          {isChair && (
            <div>
              <Badge variant="filled" color="blue.8" tt="none" size="lg">
                {t('directory.deputy.chairOfMaslikhat')}
              </Badge>
            </div>
          )}
          <Fact term={t('directory.deputy.maslikhat')}>
            <TextLink to={directoryPath.maslikhat(deputy.maslikhat.id)}>{maslikhatName}</TextLink>
          </Fact>
          <Fact term={t('directory.deputy.mandate')}>{t(`directory.mandate.${deputy.mandate_type}`)}</Fact>
          {party && <Fact term={t('directory.deputy.party')}>{party}</Fact>}
          <Fact term={t('directory.deputy.convocation')}>
            {t('directory.convocationNumber', { n: deputy.convocation })}
          </Fact>
          <div>
            <Button component={Link} to={`/appeals/new?deputy_id=${String(deputy.id)}`} mt="xs">
              {t('appeals.home.writeToDeputy')}
            </Button>
          </div>
        </Column>
      </Row>

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
          <Para>
            <TextLink to={directoryPath.okrug(deputy.okrug.id)} bold>
              {localized(lang, deputy.okrug, 'name')}
            </TextLink>
            {localized(lang, deputy.okrug, 'center') && ` — ${localized(lang, deputy.okrug, 'center')}`}
          </Para>
          <CoverageTable rows={deputy.okrug.coverage} caption={t('directory.deputy.coverage')} />
        </Section>
      )}

      <DeputyReceptions deputyId={deputy.id} />
      <LatestPosts deputyId={deputy.id} />
      <DeputyVoterReports deputyId={deputy.id} />

      {deputy.commissions.length > 0 && (
        <Section title={t('directory.deputy.commissions')}>
          <ul className={classes.list}>
            {deputy.commissions.map((commission) => (
              <li key={commission.id}>
                <TextLink to={directoryPath.commission(commission.id)}>{localized(lang, commission, 'name')}</TextLink> —{' '}
                {t(`directory.role.${commission.role}`)}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {bio && (
        <Section title={t('directory.deputy.biography')}>
          <Paragraphs text={bio} />
        </Section>
      )}

      {hasContacts && (
        <Section title={t('directory.deputy.contacts')}>
          <Column gap="xs">
            {deputy.email && (
              <Fact term={t('directory.contacts.email')}>
                <TextLink href={`mailto:${deputy.email}`}>{deputy.email}</TextLink>
              </Fact>
            )}
            {deputy.phone && (
              <Fact term={t('directory.contacts.phones')}>
                <TextLink href={phoneHref(deputy.phone)}>{deputy.phone}</TextLink>
              </Fact>
            )}
            <SocialLinksList links={deputy.social_links} />
          </Column>
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
    <Column gap="lg" aria-hidden="true">
      <Row gap="lg">
        <Bar width={160} height={160} radius="md" style={{ flex: 'none' }} />
        <Column gap={6} style={{ flex: '1 1 14rem', minWidth: 0 }}>
          {['70%', '55%', '60%', '40%'].map((width) => (
            <Bar key={width} height={24} width={width} />
          ))}
          <Bar height={36} width={220} radius="md" style={{ marginTop: 'var(--mantine-spacing-xs)' }} />
        </Column>
      </Row>
      <Column gap="xs">
        <Bar height={30} width="35%" />
        <Bar height={24} width="65%" />
        <Bar height={180} radius="md" />
      </Column>
    </Column>
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
