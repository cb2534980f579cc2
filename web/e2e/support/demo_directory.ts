// The demo directory (`kenes seed --demo`) read through the public API.
import { expect, type APIRequestContext } from '@playwright/test';

export interface DemoMaslikhat {
  id: number;
  level: string;
  chair_deputy_id: number | null;
  name_kk: string;
  name_ru: string;
  email: string;
  commissions: { id: number }[];
  okrugs: { id: number; number: number }[];
  deputies: { id: number; full_name_kk: string }[];
}

/** The Kokshetau city maslikhat with its okrugs, commissions and deputies. */
export async function cityMaslikhat(request: APIRequestContext): Promise<DemoMaslikhat> {
  const list = (await (await request.get('/api/v1/maslikhats')).json()) as { items: DemoMaslikhat[] };
  const city = list.items.find((m) => m.level === 'city' && m.name_ru.includes('Кокшетау'));
  expect(city, 'the demo data (kenes seed --demo) is loaded').toBeTruthy();
  return (await (await request.get(`/api/v1/maslikhats/${city!.id}`)).json()) as DemoMaslikhat;
}
