// A writer's posts and the editor: the list (every state, newest first) with «Edit» on each, and the
// editor for a new post or the one chosen. The staff's page (/staff/posts) shows it for a maslikhat,
// the deputy's (/my/posts) for their own posts.
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { PostEditorForm } from './PostEditorForm';
import { usePost, type PostCard } from './hooks';

function Editor({ maslikhatId, id, deputyId, onSaved }: { maslikhatId: number; id: number | null; deputyId?: number; onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const post = usePost(id);
  if (id !== null && post.isPending) return <Loader aria-label={t('common.loading')} />;
  return (
    <PostEditorForm
      key={`${String(id)}-${post.data?.updated_at ?? ''}`}
      maslikhatId={maslikhatId}
      post={post.data ?? null}
      onSaved={onSaved}
      deputyId={deputyId}
    />
  );
}

export interface PostsList {
  isPending: boolean;
  isError: boolean;
  items: PostCard[];
}

export function PostsWorkspace({ maslikhatId, list, deputyId }: { maslikhatId: number; list: PostsList; deputyId?: number }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  return (
    <Stack gap="md">
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
            <Editor maslikhatId={maslikhatId} id={editing === 'new' ? null : editing} deputyId={deputyId} onSaved={(id) => setEditing(id)} />
            <div>
              <Button variant="subtle" onClick={() => setEditing(null)}>
                {t('posts.staff.close')}
              </Button>
            </div>
          </Stack>
        </Paper>
      )}
      {list.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : list.isError ? (
        <FormAlert kind="error">{t('posts.public.loadFailed')}</FormAlert>
      ) : list.items.length === 0 ? (
        <Text>{t('posts.public.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.items.map((post) => (
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
