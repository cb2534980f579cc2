// What other features may use from the directory (ESLint allows imports of this file only).
export { FindDeputyCallout } from './find/FindDeputyCallout';
export {
  kDirectoryKey,
  kDirectoryKeys,
  commissionQuery,
  okrugQuery,
  useAddressLookup,
  useDeputy,
  useMaslikhatCommissions,
  useMaslikhatDeputies,
  useMaslikhatOkrugs,
  useMaslikhats,
  useSettlementSuggestions,
  useStreetSuggestions,
  type LookupAddress,
} from './hooks';
export { contentLanguage, deputyName, localized, pick } from './localized';
export { directoryPath } from './directory_paths';
export type {
  AddressLookup,
  AddressName,
  Commission,
  Deputy,
  DeputyView,
  Maslikhat,
  Okrug,
} from './directory_types';
export { AddressCombobox, type AddressOption } from './components/AddressCombobox';
