// TanStack Query hooks for posts (tag `posts` of the API): the public list and page, and the staff's
// list, editor and state changes. Bodies are Markdown; the server renders them (ADR 0015) and the
// web inserts that HTML as it is.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { sendRawBodyJson } from '../../lib/api/raw_body_request';
import type { components } from '../../lib/api/schema';

export type PostCard = components['schemas']['PostCard'];
export type PublicPost = components['schemas']['PublicPost'];
export type PostEditor = components['schemas']['PostEditor'];
export type PostKind = components['schemas']['PostKind'];
export type PostTextInput = components['schemas']['PostText'];
export type PostLang = 'kk' | 'ru' | 'en';
export type PostImage = components['schemas']['PostImage'];
export type PostLinks = components['schemas']['PostLinks'];
export type MyPosts = components['schemas']['MyPosts'];

export const kPostKinds: readonly PostKind[] = ['news', 'announcement', 'deputy_post', 'session_result'];
export const kPostLangs: readonly PostLang[] = ['kk', 'ru', 'en'];
export const kPostsKey = ['posts'] as const;

/** The UI language as a post language ('ru' for anything else). */
export function postLang(language: string): PostLang {
  const base = language.toLowerCase().split('-')[0];
  return base === 'kk' || base === 'en' ? base : 'ru';
}

export interface PublicFilter {
  maslikhat?: number;
  deputy?: number;
  kind?: PostKind;
  tag?: string;
  /** Posts about an event, a sitting or an appeal topic (their pages list them). */
  event?: number;
  sitting?: number;
  topic?: string;
  /** Words to find (the server stems them); at most kMaxQueryChars. */
  q?: string;
  limit?: number;
}

export const kMaxQueryChars = 200;

export function usePublicPosts(filter: PublicFilter, lang: PostLang) {
  return useQuery({
    queryKey: [...kPostsKey, 'public', filter, lang],
    queryFn: async ({ signal }) => api.get('/api/v1/public/posts', { query: { ...filter, lang }, signal }),
  });
}

export function usePublicPost(id: number, lang: PostLang) {
  return useQuery({
    queryKey: [...kPostsKey, 'public', id, lang],
    queryFn: async ({ signal }) => api.get('/api/v1/public/posts/{id}', { params: { id }, query: { lang }, signal }),
  });
}

export function useMaslikhatPosts(maslikhatId: number) {
  return useQuery({
    queryKey: [...kPostsKey, 'staff', maslikhatId],
    queryFn: async ({ signal }) => api.get('/api/v1/maslikhats/{id}/posts', { params: { id: maslikhatId }, signal }),
  });
}

export function usePost(id: number | null) {
  return useQuery({
    queryKey: [...kPostsKey, 'edit', id],
    enabled: id !== null,
    queryFn: async ({ signal }) => api.get('/api/v1/posts/{id}', { params: { id: id ?? 0 }, signal }),
  });
}

/** Whose post it is and what it is about; null: none. */
export interface PostRefs {
  deputy_id: number | null;
  commission_id: number | null;
  okrug_id: number | null;
  event_id: number | null;
  sitting_id: number | null;
  topic: string | null;
}

export const kNoRefs: PostRefs = { deputy_id: null, commission_id: null, okrug_id: null, event_id: null, sitting_id: null, topic: null };

export interface DraftInput extends PostRefs {
  kind: PostKind;
  tags: string[];
  texts: PostTextInput[];
}

/** A new post names only the references it has (null is for clearing one in a change). */
export function createBody(draft: DraftInput) {
  const { deputy_id, commission_id, okrug_id, event_id, sitting_id, topic, ...rest } = draft;
  return {
    ...rest,
    ...(deputy_id === null ? {} : { deputy_id }),
    ...(commission_id === null ? {} : { commission_id }),
    ...(okrug_id === null ? {} : { okrug_id }),
    ...(event_id === null ? {} : { event_id }),
    ...(sitting_id === null ? {} : { sitting_id }),
    ...(topic === null ? {} : { topic }),
  };
}

/** Creates the post (maslikhatId) or changes it (id). */
export function useSavePost() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, maslikhatId, draft }: { id: number | null; maslikhatId: number; draft: DraftInput }) =>
      id === null
        ? api.post('/api/v1/maslikhats/{id}/posts', { params: { id: maslikhatId }, body: createBody(draft) })
        : api.patch('/api/v1/posts/{id}', { params: { id }, body: draft }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kPostsKey }),
  });
}

/** The signed-in deputy's own posts (404 for an account of no deputy). */
export function useMyPosts() {
  return useQuery({
    queryKey: [...kPostsKey, 'mine'],
    queryFn: async ({ signal }) => api.get('/api/v1/me/posts', { signal }),
  });
}

export type PostAction = { kind: 'publish' } | { kind: 'archive' } | { kind: 'schedule'; publishAt: string };

export function usePostAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: PostAction }) =>
      action.kind === 'schedule'
        ? api.post('/api/v1/posts/{id}/schedule', { params: { id }, body: { publish_at: action.publishAt } })
        : action.kind === 'publish'
          ? api.post('/api/v1/posts/{id}/publish', { params: { id } })
          : api.post('/api/v1/posts/{id}/archive', { params: { id } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kPostsKey }),
  });
}

export function usePreview() {
  return useMutation({
    mutationFn: (body: string) => api.post('/api/v1/posts/preview', { body: { body } }),
  });
}

export const kImageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const kMaxImageBytes = 5 * 1024 * 1024;

/** Uploads an image to a post: the file is the raw body, the alt text in the query. */
export function useUploadPostImage() {
  return useMutation({
    mutationFn: ({ postId, file, alt }: { postId: number; file: File; alt: string }) =>
      sendRawBodyJson<PostImage>(
        'POST',
        `/api/v1/posts/${String(postId)}/images?alt=${encodeURIComponent(alt)}`,
        file,
        file.type || 'application/octet-stream',
      ),
  });
}

/** Feed links of a maslikhat or a deputy, in the reader's language. */
export function feedUrls(scope: 'maslikhats' | 'deputies', id: number, lang: PostLang) {
  const base = `/api/v1/${scope}/${String(id)}/posts`;
  return { rss: `${base}.rss?lang=${lang}`, atom: `${base}.atom?lang=${lang}` };
}
