// GETs the boot script (main.tsx) starts before the app's code has arrived, for what the landing
// page shows first (the session, a deputy); the API client's first GET of the same URL takes the
// answer instead of asking again. On a slow phone network that saves the round trip the app would
// otherwise start only after its code has run. No dependencies: it is part of the boot chunk.
const kEarly = new Map<string, Promise<Response>>();

export function fetchEarly(url: string): void {
  if (kEarly.has(url)) return;
  const answer = fetch(url, { method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  answer.catch(() => kEarly.delete(url)); // a failed early GET is simply asked again
  kEarly.set(url, answer);
}

/** The answer of an early GET of `url`, once; undefined when none was started. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const answer = kEarly.get(url);
  kEarly.delete(url);
  return answer;
}
