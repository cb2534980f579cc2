// A maslikhat's public structure page: convocation, chair, contacts, okrugs, commissions, deputies,
// the apparatus and the question–answer section.
import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { LoadedPage } from '../components/LoadedPage';
import { MaslikhatContacts } from '../components/MaslikhatContacts';
import { directoryPath } from '../directory_paths';
import type { Deputy, MaslikhatView } from '../directory_types';
import { formatDay } from '../../../lib/dates';
import { useMaslikhat } from '../hooks';
import { deputyName, localized } from '../localized';
import { lazyComponent } from '../../../components/lazy_component';
import { AnnualReportsSection } from '../../annual_reports';
import { MaslikhatApparatus, MaslikhatQuestions } from '../../maslikhat_pages';
import { LatestPosts } from '../../posts';
import { DeputyReceptions } from '../../reception';

// Editors are staff-only: fetched when shown.
const CommissionForm = lazyComponent(async () => (await import('../commission/CommissionForm')).CommissionForm);
const DeputyCreateForm = lazyComponent(async () => (await import('../deputy/DeputyCreateForm')).DeputyCreateForm);
const OkrugForm = lazyComponent(async () => (await import('../okrug/OkrugForm')).OkrugForm);
const MaslikhatChairForm = lazyComponent(async () => (await import('./MaslikhatChairForm')).MaslikhatChairForm);
const MaslikhatContactsForm = lazyComponent(async () => (await import('./MaslikhatContactsForm')).MaslikhatContactsForm);
const MaslikhatOperatorForm = lazyComponent(async () => (await import('./MaslikhatOperatorForm')).MaslikhatOperatorForm);

type StaffTool = 'contacts' | 'okrug' | 'deputy' | 'commission' | 'chair' | 'operator';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function DeputyLinks({ deputies }: { deputies: Deputy[] }) {
  const { t, i18n } = useTranslation();
  if (deputies.length === 0) return <Text c="dimmed">{t('directory.maslikhat.vacant')}</Text>;
  return (
    <>
      {deputies.map((deputy, index) => (
        <span key={deputy.id}>
          {index > 0 && ', '}
          <Anchor component={Link} to={directoryPath.deputy(deputy.id)}>
            {deputyName(i18n.language, deputy)}
          </Anchor>
        </span>
      ))}
    </>
  );
}

function MaslikhatContent({ maslikhat }: { maslikhat: MaslikhatView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [tool, setTool] = useState<StaffTool | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (next: StaffTool) => () => {
    setNotice(null);
    setTool(next);
  };
  const close = (text: string | null) => {
    setTool(null);
    setNotice(text);
  };
  const byId = new Map(maslikhat.deputies.map((deputy) => [deputy.id, deputy]));
  const chair = maslikhat.chair_deputy_id !== null ? byId.get(maslikhat.chair_deputy_id) : undefined;
  const okrugs = [...maslikhat.okrugs].sort((a, b) => a.number - b.number);
  const deputiesOf = (okrugId: number) => maslikhat.deputies.filter((deputy) => deputy.okrug_id === okrugId);
  const okrugById = new Map(maslikhat.okrugs.map((okrug) => [okrug.id, okrug]));
  const start = formatDay(maslikhat.convocation.start, lang);

  return (
    <Page title={localized(lang, maslikhat, 'name')}>
      <Stack gap={4}>
        <Text c="dimmed">{t(`directory.level.${maslikhat.level}`)}</Text>
        <Text>
          {start
            ? t('directory.maslikhat.convocationSince', { n: maslikhat.convocation.number, date: start })
            : t('directory.convocationNumber', { n: maslikhat.convocation.number })}
        </Text>
        {chair && (
          <Text>
            <Text span fw={600}>
              {t('directory.maslikhat.chair')}:
            </Text>{' '}
            <Anchor component={Link} to={directoryPath.deputy(chair.id)}>
              {deputyName(lang, chair)}
            </Anchor>
          </Text>
        )}
      </Stack>

      {maslikhat.can_edit && (
        <Paper withBorder p="md" component="section" aria-labelledby="maslikhat-staff-title">
          <Stack gap="md">
            <Title order={2} size="h4" id="maslikhat-staff-title">
              {t('directory.staff.title')}
            </Title>
            {notice && tool === null && <FormAlert kind="success">{notice}</FormAlert>}
            {tool === null && (
              <Text size="sm">
                {maslikhat.bin
                  ? t('directory.operatorForm.current', {
                      name: lang === 'kk' ? maslikhat.operator_name_kk : maslikhat.operator_name_ru,
                      bin: maslikhat.bin,
                    })
                  : t('directory.operatorForm.none')}
              </Text>
            )}
            {tool === 'contacts' && (
              <MaslikhatContactsForm
                maslikhat={maslikhat}
                onDone={(didSave) => close(didSave ? t('directory.edit.saved') : null)}
              />
            )}
            {tool === 'okrug' && (
              <OkrugForm
                mode="create"
                maslikhatId={maslikhat.id}
                onDone={(okrug) =>
                  close(okrug ? t('directory.okrugForm.created', { n: okrug.number }) : null)
                }
              />
            )}
            {tool === 'deputy' && (
              <DeputyCreateForm
                maslikhatId={maslikhat.id}
                okrugs={maslikhat.okrugs}
                onDone={(deputy) => {
                  if (deputy) void navigate(directoryPath.deputy(deputy.id));
                  else close(null);
                }}
              />
            )}
            {tool === 'commission' && (
              <CommissionForm
                mode="create"
                maslikhatId={maslikhat.id}
                onDone={(commission) => {
                  if (commission) void navigate(directoryPath.commission(commission.id));
                  else close(null);
                }}
              />
            )}
            {tool === 'operator' && (
              <MaslikhatOperatorForm
                maslikhat={maslikhat}
                onDone={(didSave) => close(didSave ? t('directory.operatorForm.saved') : null)}
              />
            )}
            {tool === 'chair' && (
              <MaslikhatChairForm
                maslikhat={maslikhat}
                onDone={(didSave) => close(didSave ? t('directory.chairForm.saved') : null)}
              />
            )}
            {tool === null && (
              <Group>
                <Button variant="default" onClick={open('contacts')}>
                  {t('directory.maslikhat.editContacts')}
                </Button>
                <Button variant="default" onClick={open('okrug')}>
                  {t('directory.okrugForm.add')}
                </Button>
                <Button variant="default" onClick={open('deputy')}>
                  {t('directory.deputyForm.add')}
                </Button>
                <Button variant="default" onClick={open('commission')}>
                  {t('directory.commissionForm.add')}
                </Button>
                <Button variant="default" onClick={open('chair')}>
                  {t('directory.chairForm.open')}
                </Button>
                {maslikhat.can_set_operator && (
                  <Button variant="default" onClick={open('operator')}>
                    {t('directory.operatorForm.open')}
                  </Button>
                )}
                <Button component={Link} to={directoryPath.maslikhatImport(maslikhat.id)} variant="default">
                  {t('directory.import.open')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}

      <Section id="maslikhat-contacts" title={t('directory.contacts.title')}>
        <MaslikhatContacts maslikhat={maslikhat} />
      </Section>

      <DeputyReceptions maslikhatId={maslikhat.id} />
      <LatestPosts maslikhatId={maslikhat.id} />

      {okrugs.length > 0 && (
        <Section id="maslikhat-okrugs" title={t('directory.maslikhat.okrugs')}>
          <Table.ScrollContainer minWidth={320}>
            <Table striped verticalSpacing="xs" aria-labelledby="maslikhat-okrugs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('directory.maslikhat.okrugNumber')}</Table.Th>
                  <Table.Th scope="col">{t('directory.maslikhat.okrugName')}</Table.Th>
                  <Table.Th scope="col">{t('directory.maslikhat.okrugDeputies')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {okrugs.map((okrug) => (
                  <Table.Tr key={okrug.id}>
                    <Table.Td>{okrug.number}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={directoryPath.okrug(okrug.id)}>
                        {localized(lang, okrug, 'name')}
                      </Anchor>
                      {localized(lang, okrug, 'center') && (
                        <Text size="sm" c="dimmed">
                          {localized(lang, okrug, 'center')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <DeputyLinks deputies={deputiesOf(okrug.id)} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Section>
      )}

      {maslikhat.commissions.length > 0 && (
        <Section id="maslikhat-commissions" title={t('directory.maslikhat.commissions')}>
          <List spacing="sm">
            {maslikhat.commissions.map((commission) => {
              const commissionChair =
                commission.chair_deputy_id !== null ? byId.get(commission.chair_deputy_id) : undefined;
              return (
                <List.Item key={commission.id}>
                  <Anchor component={Link} to={directoryPath.commission(commission.id)}>
                    {localized(lang, commission, 'name')}
                  </Anchor>
                  {commissionChair && (
                    <Text size="sm">
                      {t('directory.maslikhat.commissionChair')}:{' '}
                      <Anchor component={Link} to={directoryPath.deputy(commissionChair.id)}>
                        {deputyName(lang, commissionChair)}
                      </Anchor>
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        </Section>
      )}

      {maslikhat.deputies.length > 0 && (
        <Section id="maslikhat-deputies" title={t('directory.maslikhat.deputies', { n: maslikhat.deputies.length })}>
          <List spacing="xs">
            {maslikhat.deputies.map((deputy) => {
              const okrug = deputy.okrug_id !== null ? okrugById.get(deputy.okrug_id) : undefined;
              const party = localized(lang, deputy, 'party');
              const seat = okrug
                ? t('directory.maslikhat.okrugShort', { n: okrug.number })
                : t(`directory.mandate.${deputy.mandate_type}`);
              return (
                <List.Item key={deputy.id}>
                  <Anchor component={Link} to={directoryPath.deputy(deputy.id)}>
                    {deputyName(lang, deputy)}
                  </Anchor>
                  <Text span size="sm" c="dimmed">
                    {' '}
                    — {[seat, party].filter(Boolean).join(', ')}
                  </Text>
                </List.Item>
              );
            })}
          </List>
        </Section>
      )}

      <MaslikhatApparatus maslikhatId={maslikhat.id} />
      <MaslikhatQuestions maslikhatId={maslikhat.id} staff={maslikhat.can_edit} />
      <AnnualReportsSection maslikhatId={maslikhat.id} />
    </Page>
  );
}

export function MaslikhatPage() {
  const { id } = useParams();
  const query = useMaslikhat(Number(id));
  return <LoadedPage query={query}>{(maslikhat) => <MaslikhatContent maslikhat={maslikhat} />}</LoadedPage>;
}
