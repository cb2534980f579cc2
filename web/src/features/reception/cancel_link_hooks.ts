// The one-click cancel link of booking mails: the booking it names, and cancelling it. No sign-in;
// the token travels in the body.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api/client';
import { kReceptionKey } from './hooks';

export function useLinkedBooking(token: string) {
  return useQuery({
    queryKey: [...kReceptionKey, 'by-link', token] as const,
    queryFn: async () => api.post('/api/v1/reception-bookings/by-link', { body: { token } }),
    enabled: token !== '',
    retry: false,
  });
}

export function useCancelByLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) => api.post('/api/v1/reception-bookings/cancel-by-link', { body: { token } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: kReceptionKey }),
  });
}
