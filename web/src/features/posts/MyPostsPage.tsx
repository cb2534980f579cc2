// /my/posts: the signed-in deputy's own posts in every state, and the editor to write, schedule,
// publish and archive them as themselves (the same editor as the staff's, PostsWorkspace). Reached
// from the navigation («My posts»).
import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { RequireMe } from '../../components/RequireMe';
import { isApiError } from '../../lib/api/api_error';
import { describeError } from '../../lib/i18n/error_text';
import { PostsWorkspace } from './PostsWorkspace';
import { useMyPosts } from './hooks';

function MyPosts() {
  const { t, i18n } = useTranslation();
  const mine = useMyPosts();
  if (mine.isError) {
    if (isApiError(mine.error) && mine.error.code === 'not_found') return <Text>{t('posts.mine.notADeputy')}</Text>;
    return <FormAlert kind="error">{describeError(t, (k) => i18n.exists(k), mine.error).summary}</FormAlert>;
  }
  if (mine.isPending) return <Loader aria-label={t('common.loading')} />;
  return (
    <>
      <Text>{t('posts.mine.intro')}</Text>
      <PostsWorkspace
        maslikhatId={mine.data.maslikhat_id}
        deputyId={mine.data.deputy_id}
        list={{ isPending: false, isError: false, items: mine.data.items }}
      />
    </>
  );
}

export function MyPostsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('posts.mine.title')}>
      <RequireMe>{() => <MyPosts />}</RequireMe>
    </Page>
  );
}
