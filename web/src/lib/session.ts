// The signed-in account, shared by every page: one query (kMeKey) that features and the shell read.
import { useQuery } from '@tanstack/react-query';
import { isApiError } from './api/api_error';
import { api } from './api/client';
import type { Me } from './api/types';

export const kMeKey = ['me'] as const;

/** The signed-in account, or null for a guest (401 is not an error here). */
export function useMe() {
  return useQuery({
    queryKey: kMeKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api.get('/api/v1/me');
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
  });
}
