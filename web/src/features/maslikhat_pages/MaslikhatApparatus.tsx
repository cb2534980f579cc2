// «Аппарат маслихата» on the maslikhat's public page: the people who work in the apparatus, in the
// order the staff set, with their positions in the reader's language (the English falls back to
// the Russian, and says so) and their office phone and e-mail. A table on wide screens, cards on a
// phone. The maslikhat's staff add, edit and remove people here, in a dialog.
import { Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { lazyComponent } from '../../components/lazy_component';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import { describeError } from '../../lib/i18n/error_text';
import { pick } from '../directory';
import { useApparatus, useRemoveMember, type ApparatusMember } from './hooks';
import { shownText } from './shown_text';

// Staff-only: fetched when the dialog opens.
const MemberForm = lazyComponent(async () => (await import('./MemberForm')).MemberForm);

function phoneHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function Position({ member }: { member: ApparatusMember }) {
  const { t, i18n } = useTranslation();
  const shown = shownText(i18n.language, { kk: member.position_kk, ru: member.position_ru, en: member.position_en });
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      {shown.fallback && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({t(`maslikhatPages.public.inLanguage.${shown.lang}`)})
        </Text>
      )}
    </>
  );
}

function StaffActions({
  maslikhatId,
  member,
  name,
  onEdit,
  onRemoved,
}: {
  maslikhatId: number;
  member: ApparatusMember;
  name: string;
  onEdit: () => void;
  onRemoved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveMember(maslikhatId);
  const [confirming, setConfirming] = useState(false);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Button size="xs" variant="default" onClick={onEdit} aria-label={t('maslikhatPages.staff.editN', { name })}>
          {t('maslikhatPages.staff.edit')}
        </Button>
        {confirming ? (
          <>
            <Button size="xs" color="red.9" loading={remove.isPending} onClick={() => remove.mutate(member.id, { onSuccess: onRemoved })}>
              {t('maslikhatPages.staff.confirmRemoveN', { name })}
            </Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
              {t('maslikhatPages.staff.cancel')}
            </Button>
          </>
        ) : (
          <Button size="xs" variant="default" onClick={() => setConfirming(true)} aria-label={t('maslikhatPages.staff.removeN', { name })}>
            {t('maslikhatPages.staff.remove')}
          </Button>
        )}
      </Group>
      {remove.isError && <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), remove.error).summary}</FormAlert>}
    </Stack>
  );
}

export function MaslikhatApparatus({ maslikhatId }: { maslikhatId: number }) {
  const { t, i18n } = useTranslation();
  const apparatus = useApparatus(maslikhatId);
  const [editing, setEditing] = useState<ApparatusMember | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = apparatus.data?.items ?? [];
  const canEdit = apparatus.data?.can_edit ?? false;
  const nameOf = (member: ApparatusMember) => pick(i18n.language, member.full_name_kk, member.full_name_ru);
  const close = (text: string | null) => {
    setEditing(null);
    setNotice(text);
  };

  const rowHeader: Column<ApparatusMember> = {
    key: 'name',
    header: t('maslikhatPages.public.name'),
    cell: (member) => nameOf(member),
  };
  const columns: Column<ApparatusMember>[] = [
    { key: 'position', header: t('maslikhatPages.public.position'), cell: (member) => <Position member={member} /> },
    {
      key: 'phone',
      header: t('maslikhatPages.public.phone'),
      cell: (member) => (member.phone ? <Anchor href={phoneHref(member.phone)}>{member.phone}</Anchor> : '—'),
    },
    {
      key: 'email',
      header: t('maslikhatPages.public.email'),
      cell: (member) =>
        member.email ? (
          <Anchor href={`mailto:${member.email}`} style={{ overflowWrap: 'anywhere' }}>
            {member.email}
          </Anchor>
        ) : (
          '—'
        ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('maslikhatPages.staff.actions'),
      cell: (member) => (
        <StaffActions
          maslikhatId={maslikhatId}
          member={member}
          name={nameOf(member)}
          onEdit={() => {
            setNotice(null);
            setEditing(member);
          }}
          onRemoved={() => setNotice(t('maslikhatPages.staff.removed'))}
        />
      ),
    });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="maslikhat-apparatus" data-testid="maslikhat-apparatus">
      <Title order={2} size="h3" id="maslikhat-apparatus">
        {t('maslikhatPages.public.apparatus')}
      </Title>
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      {apparatus.isSuccess && items.length === 0 && <Text c="dimmed">{t('maslikhatPages.public.apparatusNone')}</Text>}
      {items.length > 0 && (
        <ResponsiveTable
          caption={t('maslikhatPages.public.apparatus')}
          rowHeader={rowHeader}
          columns={columns}
          rows={items}
          rowKey={(member) => String(member.id)}
        />
      )}
      {canEdit && (
        <div>
          <Button
            variant="default"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('maslikhatPages.staff.addMember')}
          </Button>
        </div>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => close(null)}
        title={editing === 'new' ? t('maslikhatPages.form.newMember') : t('maslikhatPages.form.editMember')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        {editing !== null && (
          <MemberForm
            maslikhatId={maslikhatId}
            member={editing === 'new' ? undefined : editing}
            onDone={(saved) => close(saved ? t('maslikhatPages.staff.saved') : null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
