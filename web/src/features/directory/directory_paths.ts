// Links to directory pages (route patterns are in app/paths.ts).
export const directoryPath = {
  find: '/find',
  maslikhats: '/maslikhats',
  maslikhat: (id: number) => `/maslikhats/${id}`,
  maslikhatImport: (id: number) => `/maslikhats/${id}/import`,
  deputies: '/deputies',
  deputy: (id: number) => `/deputies/${id}`,
  okrug: (id: number) => `/okrugs/${id}`,
  commission: (id: number) => `/commissions/${id}`,
  admin: '/admin/directory',
} as const;
