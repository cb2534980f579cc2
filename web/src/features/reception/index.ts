// What other features may use from reception (ESLint allows imports of this file only).
import { lazyComponent } from '../../components/lazy_component';

/** «Личный приём» for the deputy page: its code is fetched when the section is first shown. */
export const DeputyReceptions = lazyComponent(async () => (await import('./DeputyReceptions')).DeputyReceptions);
