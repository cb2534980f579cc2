import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api/api_error';
import { kMeKey } from '../lib/session';

export { kMeKey };

export function createQueryClient(): QueryClient {
  // A session that expired mid-use: forget the account so guarded pages send people to log in.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401 && Object.keys(error.fields).length === 0) {
      if (client.getQueryData(kMeKey)) client.setQueryData(kMeKey, null);
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not heal by retrying.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}
