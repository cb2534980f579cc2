// The signed-in person's live events (GET /api/v1/me/events, server-sent events): a new
// notification or a read on another device updates the bell at once, instead of within a
// minute. While the stream is down (no EventSource, a proxy that buffers, the server restarting)
// the bell falls back to asking every minute; the browser reconnects by itself.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { kNotificationsKey, unreadKey } from './hooks';

export const kEventsPath = '/api/v1/me/events';

function readCount(data: string): number | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed === 'object' && parsed !== null && 'unread' in parsed) {
      const n = (parsed as { unread: unknown }).unread;
      return typeof n === 'number' ? n : null;
    }
  } catch {
    // A malformed frame changes nothing; the next refetch corrects the count.
  }
  return null;
}

/** Opens the stream while someone is signed in; true while it is connected. */
export function useLiveEvents(userId: number | null): boolean {
  const client = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (userId === null || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(kEventsPath);
    const refresh = () => void client.invalidateQueries({ queryKey: [...kNotificationsKey, userId] });
    // "ready" comes first on every connection; after a reconnection, what happened while away
    // is fetched once.
    let reconnecting = false;
    source.addEventListener('ready', () => {
      setLive(true);
      if (reconnecting) refresh();
      reconnecting = true;
    });
    source.addEventListener('notification', refresh);
    source.addEventListener('notifications_read', (event) => {
      const unread = readCount((event as MessageEvent<string>).data);
      if (unread !== null) client.setQueryData(unreadKey(userId), unread);
      void client.invalidateQueries({ queryKey: [...kNotificationsKey, userId, 'list'] });
    });
    source.addEventListener('error', () => setLive(false));
    return () => {
      source.close();
      setLive(false);
    };
  }, [client, userId]);
  return live;
}
