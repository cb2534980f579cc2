// What other features may use from the annual reports (ESLint allows imports of this file only):
// the section of the maslikhat's and the commission's pages, fetched as its own chunk when shown.
import { lazyComponent } from '../../components/lazy_component';

export const AnnualReportsSection = lazyComponent(async () => (await import('./AnnualReportsSection')).AnnualReportsSection);
