// What other features may use from reports to voters (ESLint allows imports of this file only): the
// section of the deputy's page, fetched as its own chunk when the page shows it.
import { lazyComponent } from '../../components/lazy_component';

export const DeputyVoterReports = lazyComponent(async () => (await import('./DeputyVoterReports')).DeputyVoterReports);
