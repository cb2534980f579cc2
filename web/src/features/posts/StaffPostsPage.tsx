// The staff's posts (/staff/posts): every post of their maslikhat in any state, newest first, and
// the editor for a new one or the one chosen.
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { StaffMaslikhatSelect } from '../../components/StaffMaslikhatSelect';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { staffMaslikhatIds } from '../../lib/roles';
import { PostEditorForm } from './PostEditorForm';
import { useMaslikhatPosts, usePost } from './hooks';

function Editor({ maslikhatId, id, onSaved }: { maslikhatId: number; id: number | null; onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const post = usePost(id);
  if (id !== null && post.isPending) return <Loader aria-label={t('common.loading')} />;
  return <PostEditorForm key={`${String(id)}-${post.data?.updated_at ?? ''}`} maslikhatId={maslikhatId} post={post.data ?? null} onSaved={onSaved} />;
}

function MaslikhatPosts({ maslikhatIds }: { maslikhatIds: number[] }) {
  const { t } = useTranslation();
  const [maslikhatId, setMaslikhatId] = useState(maslikhatIds[0] ?? 0);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const posts = useMaslikhatPosts(maslikhatId);
  return (
    <Stack gap="md">
      <StaffMaslikhatSelect ids={maslikhatIds} value={maslikhatId} onChange={setMaslikhatId} />
      {editing === null ? (
        <div>
          <Button onClick={() => setEditing('new')} data-testid="post-new">
            {t('posts.staff.new')}
          </Button>
        </div>
      ) : (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {editing === 'new' ? t('posts.staff.new') : t('posts.staff.edit')}
            </Title>
            <Editor maslikhatId={maslikhatId} id={editing === 'new' ? null : editing} onSaved={(id) => setEditing(id)} />
            <div>
              <Button variant="subtle" onClick={() => setEditing(null)}>
                {t('posts.staff.close')}
              </Button>
            </div>
          </Stack>
        </Paper>
      )}
      {posts.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : posts.isError ? (
        <FormAlert kind="error">{t('posts.public.loadFailed')}</FormAlert>
      ) : posts.data.items.length === 0 ? (
        <Text>{t('posts.public.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {posts.data.items.map((post) => (
            <Paper component="li" key={post.id} withBorder p="sm" data-testid="staff-post">
              <Group justify="space-between" wrap="wrap">
                <Stack gap={2}>
                  <Text fw={600} lang={post.lang} style={{ overflowWrap: 'anywhere' }}>
                    {post.title}
                  </Text>
                  <Group gap="xs">
                    <Badge variant="outline" tt="none" color="gray.8">
                      {t(`posts.staff.states.${post.state}`)}
                    </Badge>
                    <Text size="sm">{post.available.join(', ')}</Text>
                  </Group>
                </Stack>
                <Button variant="outline" size="sm" onClick={() => setEditing(post.id)} aria-label={`${t('posts.staff.edit')}: ${post.title}`}>
                  {t('posts.staff.edit')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
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
