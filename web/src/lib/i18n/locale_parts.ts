// A locale arrives in two parts (issue 10, the first-load budget): the strings of the public pages
// a visitor lands on (home, find my deputy, maslikhat, deputy, okrug, commission) and the shell,
// fetched before the first render; and the rest (forms, accounts, appeals, staff and admin pages),
// fetched when a page that needs it is opened. The locale files stay one JSON per language with
// unchanged keys; the build cuts them with this list (vite.config.ts, `?part=first|rest`).
//
// A feature adds its strings to src/locales/{kk,ru,en}.json as before. They land in the rest,
// which every page outside kPublicRoutes (app/routes.tsx) waits for; only a string a public page or
// the shell shows needs its key (or a parent's) listed here. A key missed here still shows: i18next
// reports it missing, the rest is fetched and the page re-renders.
export const kFirstPartKeys: readonly string[] = [
  'app',
  'nav',
  'lang',
  'footer',
  'common',
  'notFound',
  'home',
  'errors',
  'acts.nav',
  'sittings.nav',
  'events.nav',
  'directory.nav',
  'directory.home',
  'directory.loadFailed',
  'directory.notFound',
  'directory.convocationNumber',
  'directory.level',
  'directory.mandate',
  'directory.role',
  'directory.social',
  'directory.contacts',
  'directory.coverage',
  'directory.find',
  'directory.deputy',
  'directory.staff',
  'directory.edit',
  'directory.photo',
  'directory.maslikhats',
  'directory.maslikhat',
  'directory.okrug',
  'directory.commission',
  'directory.deputies',
  'directory.members',
  'directory.territory',
  'directory.territoryLevel',
  'directory.suggest',
  'directory.admin',
  'appeals.nav',
  'appeals.home',
  'appeals.common',
  'appeals.type',
  'appeals.status',
  'appeals.public',
  'appeals.registration',
  'notifications.bell',
  'reception.nav',
  'privacy.nav',
  'registerReview.nav',
  'reception.facts',
  // The follow button on the deputy's, okrug's, commission's and maslikhat's pages.
  'subscriptions.follow',
  'subscriptions.following',
  'subscriptions.delivery',
  'subscriptions.unfollow',
  'subscriptions.manage',
  'subscriptions.tooMany',
  'reception.place',
  'reception.placeKind',
  'reception.status',
  'reception.weekday',
  'reception.nth',
  'reception.public',
  'reception.book',
  'reception.feed',
  'posts.public',
  // The apparatus and the question–answer sections of the maslikhat's page.
  'maslikhatPages.public',
  // The reports to voters' section of the deputy's page, and the deputy's link in the navigation.
  'voterReports.public',
  'voterReports.nav',
];

export type LocalePart = 'first' | 'rest';
export type LocaleTree = { [key: string]: unknown };

const isTree = (value: unknown): value is LocaleTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The strings of `tree` in `part`: kFirstPartKeys and everything under them, or all the others. */
export function localePart(tree: LocaleTree, part: LocalePart, keys: readonly string[] = kFirstPartKeys): LocaleTree {
  const pick = (node: LocaleTree, prefix: string): LocaleTree => {
    const out: LocaleTree = {};
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (keys.includes(path)) {
        if (part === 'first') out[key] = value;
      } else if (isTree(value) && keys.some((first) => first.startsWith(`${path}.`))) {
        const inner = pick(value, path);
        if (Object.keys(inner).length > 0) out[key] = inner;
      } else if (part === 'rest') {
        out[key] = value;
      }
    }
    return out;
  };
  return pick(tree, '');
}

/** `base` with `more` merged in, deeply (the two parts of one locale). */
export function mergeLocaleParts(base: LocaleTree, more: LocaleTree): LocaleTree {
  const out: LocaleTree = { ...base };
  for (const [key, value] of Object.entries(more)) {
    const have = out[key];
    out[key] = isTree(have) && isTree(value) ? mergeLocaleParts(have, value) : value;
  }
  return out;
}
