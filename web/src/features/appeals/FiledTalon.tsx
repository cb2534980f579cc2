// What a filed appeal is followed by, for the citizen and for staff alike: the success note, the
// talon (focused, so a screen reader reads it next) and the ways on: the appeal, a list, another one.
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kPaths } from '../../lib/paths';
import { FormAlert } from '../../components/FormAlert';
import type { Addressee } from './file/appeal_input';
import { Talon } from './Talon';
import type { FiledAppeal } from './types';

export function FiledTalon({
  appeal,
  addressee,
  email,
  listLabel,
  onAnother,
  forStaff = false,
}: {
  appeal: FiledAppeal;
  addressee: Addressee;
  /** Where the copy of the talon went, or null when none was sent. */
  email: string | null;
  /** The text of the link to the appeals list. */
  listLabel: string;
  /** Starts a new, empty form. */
  onAnother: () => void;
  /** Staff registered it for an applicant: the note speaks to staff, not to the applicant. */
  forStaff?: boolean;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.getElementById('talon-title')?.focus();
  }, []);
  return (
    <Stack gap="md">
      <FormAlert kind="success">{t(forStaff ? 'appeals.register.registered' : 'appeals.talon.registered')}</FormAlert>
      <Talon
        talon={appeal.talon}
        subject={appeal.subject}
        addressee={addressee.label}
        email={email}
        notConsidered={appeal.status === 'not_considered'}
        forStaff={forStaff}
      />
      <Group gap="md">
        <Anchor component={Link} to={kPaths.appeal(appeal.id)}>
          {t('appeals.talon.open')}
        </Anchor>
        <Anchor component={Link} to={kPaths.appeals}>
          {listLabel}
        </Anchor>
        <Button variant="subtle" onClick={onAnother}>
          {t('appeals.talon.another')}
        </Button>
      </Group>
    </Stack>
  );
}
