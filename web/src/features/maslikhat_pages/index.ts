// What other features may use from the maslikhat pages (ESLint allows imports of this file only):
// the apparatus and the question–answer sections of the maslikhat's page, each fetched as its own
// chunk when the page shows it.
import { lazyComponent } from '../../components/lazy_component';

export const MaslikhatApparatus = lazyComponent(async () => (await import('./MaslikhatApparatus')).MaslikhatApparatus);
export const MaslikhatQuestions = lazyComponent(async () => (await import('./MaslikhatQuestions')).MaslikhatQuestions);
