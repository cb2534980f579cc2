// The staff's tools on a discussion: the act of the registry adopted from the draft (its id, or
// none), shown on both pages.
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { draftErrorText } from './errors';
import { useLinkAct, type DraftDetail } from './hooks';

export function DraftStaffTools({ draft }: { draft: DraftDetail }) {
  const { t, i18n } = useTranslation();
  const [act, setAct] = useState(draft.act_id === null ? '' : String(draft.act_id));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const link = useLinkAct();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="draft-staff">
      <Title order={2} size="h3" id="draft-staff">
        {t('drafts.staff.tools')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = act.trim();
          if (value !== '' && !/^\d{1,15}$/.test(value)) return setProblem(t('drafts.errors.act_id.not_found'));
          setProblem(null);
          link.mutate(
            { id: draft.id, actId: value === '' ? null : Number(value) },
            {
              onSuccess: () => setSaved(true),
              onError: (e) => setProblem(draftErrorText(t, (k) => i18n.exists(k), e)),
            },
          );
        }}
      >
        <Stack gap="xs" mt="xs">
          <TextInput
            label={t('drafts.staff.actId')}
            description={t('drafts.staff.actIdHint')}
            inputMode="numeric"
            maxLength={15}
            value={act}
            onChange={(e) => {
              setAct(e.currentTarget.value);
              setSaved(false);
            }}
          />
          {problem && <FormAlert kind="error">{problem}</FormAlert>}
          {saved && <FormAlert kind="success">{t('drafts.staff.actSaved')}</FormAlert>}
          <Group>
            <Button type="submit" variant="default" loading={link.isPending}>
              {t('drafts.staff.linkAct')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
