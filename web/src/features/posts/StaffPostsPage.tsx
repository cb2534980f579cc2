// The staff's posts (/staff/posts): every post of their maslikhat in any state, newest first, and
// the editor for a new one or the one chosen (PostsWorkspace).
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { StaffMaslikhatSelect } from '../../components/StaffMaslikhatSelect';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { staffMaslikhatIds } from '../../lib/roles';
import { PostsWorkspace } from './PostsWorkspace';
import { useMaslikhatPosts } from './hooks';

function MaslikhatPosts({ maslikhatIds }: { maslikhatIds: number[] }) {
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const posts = useMaslikhatPosts(maslikhatId);
  return (
    <Stack gap="md">
      <StaffMaslikhatSelect ids={maslikhatIds} value={maslikhatId} onChange={setMaslikhatId} />
      <PostsWorkspace
        key={maslikhatId}
        maslikhatId={maslikhatId}
        list={{ isPending: posts.isPending, isError: posts.isError, items: posts.data?.items ?? [] }}
      />
    </Stack>
  );
}

export function StaffPostsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('posts.staff.title')}>
      <RequireMe>
        {(me) => {
          const ids = staffMaslikhatIds(me);
          if (ids.length === 0) return <FormAlert kind="info">{t('posts.staff.notStaff')}</FormAlert>;
          return <MaslikhatPosts maslikhatIds={ids} />;
        }}
      </RequireMe>
    </Page>
  );
}
