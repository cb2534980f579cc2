// Where a person lands after signing in without a `next`: where their work is, not their account.
import type { Me } from '../../../lib/api/types';
import { kPaths } from '../../../lib/paths';

export function landingPath(me: Me): string {
  const has = (...roles: string[]) => me.roles.some((grant) => roles.includes(grant.role));
  // Staff and chairs see the maslikhat's dashboard above the queue on /appeals; deputies their queue.
  if (has('staff', 'chair', 'deputy')) return kPaths.appeals;
  if (has('liaison')) return kPaths.requests;
  if (has('admin')) return kPaths.adminUsers;
  // A citizen: their own appeals.
  return kPaths.appeals;
}
