// TanStack Query hooks for follows (GET/POST/PATCH/DELETE /api/v1/me/subscriptions) and the
// one-click unsubscribe link of subscription mails (/api/v1/unsubscribe, no sign-in).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import type { components } from '../../lib/api/schema';

export type Subscription = components['schemas']['Subscription'];
export type Delivery = components['schemas']['SubscriptionDelivery'];
export type TargetKind = components['schemas']['SubscriptionTargetKind'];
export type UnsubscribeLink = components['schemas']['UnsubscribeLink'];
export type Lang = 'kk' | 'ru' | 'en';

/** What a follow button follows: an id, or a tag. */
export interface FollowTarget {
  kind: TargetKind;
  id?: number;
  tag?: string;
}

// Fewest messages first after the mail-free choice: a digest is the default (civic systems' users
// complain of noise).
export const kDeliveries: readonly Delivery[] = ['daily', 'weekly', 'immediate', 'in_app'];
export const kDefaultDelivery: Delivery = 'daily';
export const kSubscriptionsKey = ['subscriptions'] as const;

export function uiLang(language: string): Lang {
  const base = language.toLowerCase().split('-')[0];
  return base === 'kk' || base === 'en' ? base : 'ru';
}

export function sameTarget(s: Subscription, target: FollowTarget): boolean {
  if (s.target.kind !== target.kind) return false;
  return target.kind === 'tag' ? s.target.tag === target.tag : s.target.id === target.id;
}

export function useMySubscriptions(lang: Lang, enabled = true) {
  return useQuery({
    queryKey: [...kSubscriptionsKey, 'mine', lang],
    queryFn: async ({ signal }) => api.get('/api/v1/me/subscriptions', { query: { lang }, signal }),
    enabled,
  });
}

export function useFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, delivery, lang }: { target: FollowTarget; delivery: Delivery; lang: Lang }) =>
      api.post('/api/v1/me/subscriptions', {
        body: {
          target_kind: target.kind,
          ...(target.kind === 'tag' ? { tag: target.tag ?? '' } : { target_id: target.id ?? 0 }),
          delivery,
          lang,
        },
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kSubscriptionsKey }),
  });
}

export function useChangeDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, delivery, lang }: { id: number; delivery: Delivery; lang: Lang }) =>
      api.patch('/api/v1/me/subscriptions/{id}', { params: { id }, body: { delivery, lang } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kSubscriptionsKey }),
  });
}

export function useUnfollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => api.delete('/api/v1/me/subscriptions/{id}', { params: { id } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kSubscriptionsKey }),
  });
}

export function useUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: [...kSubscriptionsKey, 'link', token],
    queryFn: async ({ signal }) => api.get('/api/v1/unsubscribe', { query: { token }, signal }),
    enabled: token !== '',
    retry: false,
  });
}

export function useUnsubscribe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => api.post('/api/v1/unsubscribe', { query: { token } }),
    onSuccess: (data, token) => client.setQueryData([...kSubscriptionsKey, 'link', token], data),
  });
}
