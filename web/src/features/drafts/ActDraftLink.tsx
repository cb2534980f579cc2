// On an act's page: the public discussion of the draft it was adopted from, when there was one
// (the discussion holds the link; see docs/drafts.md).
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDrafts } from './hooks';

export function ActDraftLink({ actId }: { actId: number }) {
  const { t } = useTranslation();
  const drafts = useDrafts({ act: actId });
  const draft = drafts.data?.items[0];
  if (!draft) return null;
  return (
    <Anchor component={Link} to={`/drafts/${String(draft.id)}`} data-testid="act-draft-link">
      {t('drafts.ofAct')}
    </Anchor>
  );
}
