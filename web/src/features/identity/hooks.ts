// TanStack Query hooks for the identity API (docs/identity.md).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { kMeKey, useMe } from '../../lib/session';
import type { GrantRoleRequest, Language, LoginRequest, Me, RegisterRequest } from '../../lib/api/types';

export { kMeKey, useMe };
export const kInfoKey = ['info'] as const;
export const kUsersKey = ['users'] as const;

export function useInfo() {
  return useQuery({ queryKey: kInfoKey, queryFn: () => api.get('/api/v1/info'), staleTime: Infinity });
}

export function useRegister() {
  return useMutation({ mutationFn: (body: RegisterRequest) => api.post('/api/v1/auth/register', { body }) });
}

export function useVerify() {
  return useMutation({
    mutationFn: (body: { login: string; code: string }) => api.post('/api/v1/auth/verify', { body }),
  });
}

export function useResend() {
  return useMutation({ mutationFn: (login: string) => api.post('/api/v1/auth/resend', { body: { login } }) });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api.post('/api/v1/auth/login', { body }),
    onSuccess: (me) => {
      client.setQueryData(kMeKey, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/auth/logout'),
    onSettled: () => {
      client.setQueryData(kMeKey, null);
      client.removeQueries({ queryKey: kUsersKey });
    },
  });
}

export function usePasswordResetRequest() {
  return useMutation({
    mutationFn: (login: string) => api.post('/api/v1/auth/password-reset', { body: { login } }),
  });
}

export function usePasswordResetConfirm() {
  return useMutation({
    mutationFn: (body: { login: string; code: string; new_password: string }) =>
      api.post('/api/v1/auth/password-reset/confirm', { body }),
  });
}

/** Lifts the sign-in throttles of an account with the token of the mailed unlock link. */
export function useUnlock() {
  return useMutation({ mutationFn: (token: string) => api.post('/api/v1/auth/unlock', { body: { token } }) });
}

function useMeMutation<V>(mutationFn: (variables: V) => Promise<Me>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (me) => {
      client.setQueryData(kMeKey, me);
    },
  });
}

export function useUpdateMe() {
  return useMeMutation((body: { display_name?: string; language?: Language }) => api.patch('/api/v1/me', { body }));
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => api.post('/api/v1/me/totp/setup') });
}

export function useTotpEnable() {
  return useMeMutation((code: string) => api.post('/api/v1/me/totp/enable', { body: { code } }));
}

export function useTotpDisable() {
  return useMeMutation((code: string) => api.post('/api/v1/me/totp/disable', { body: { code } }));
}

export function useUsers(q: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...kUsersKey, q],
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/users', {
        query: { q: q || undefined, limit: 50, cursor: pageParam ?? undefined },
        signal,
      }),
    getNextPageParam: (page) => page.next_cursor,
  });
}

export function useGrantRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: number; body: GrantRoleRequest }) =>
      api.post('/api/v1/users/{id}/roles', { params: { id: userId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: kUsersKey }),
  });
}

export function useRevokeRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, grantId }: { userId: number; grantId: number }) =>
      api.delete('/api/v1/users/{id}/roles/{grant_id}', { params: { id: userId, grant_id: grantId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: kUsersKey }),
  });
}
