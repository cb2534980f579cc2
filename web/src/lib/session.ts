// The signed-in account, shared by every page: one query (kMeKey) that features and the shell read.
import { useQuery } from '@tanstack/react-query';
import { api } from './api/client';
import type { Me } from './api/types';

export const kMeKey = ['me'] as const;

/**
 * The signed-in account, or null for a guest. Asked through GET /auth/session, which answers a
 * guest with `{"user": null}`: GET /me would answer 401, an error in every anonymous page's console.
 */
export function useMe() {
  return useQuery({
    queryKey: kMeKey,
    queryFn: async ({ signal }): Promise<Me | null> => (await api.get('/api/v1/auth/session', { signal })).user,
  });
}
