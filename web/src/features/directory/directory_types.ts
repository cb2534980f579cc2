// Short names for the directory's generated OpenAPI types (docs/directory.md).
import type { components } from '../../lib/api/schema';

type Schemas = components['schemas'];

export type Maslikhat = Schemas['Maslikhat'];
export type MaslikhatView = Schemas['MaslikhatView'];
export type MaslikhatLevel = Schemas['MaslikhatLevel'];
export type MaslikhatPatch = Schemas['MaslikhatPatchRequest'];
export type Okrug = Schemas['Okrug'];
export type OkrugView = Schemas['OkrugView'];
export type CoverageRow = Schemas['CoverageRow'];
export type CoverageRowRequest = Schemas['CoverageRowRequest'];
export type Deputy = Schemas['Deputy'];
export type DeputyView = Schemas['DeputyView'];
export type DeputyPatch = Schemas['DeputyPatchRequest'];
export type Commission = Schemas['Commission'];
export type CommissionView = Schemas['CommissionView'];
export type CommissionMemberRole = Schemas['CommissionMemberRole'];
export type SocialLinks = Schemas['SocialLinks'];
export type AddressName = Schemas['AddressName'];
export type AddressLookup = Schemas['AddressLookup'];
export type AddressMatch = Schemas['AddressMatch'];
export type ImportResult = Schemas['ImportResult'];
export type ImportRowError = Schemas['ImportRowError'];
export type ImportReason = Schemas['ImportReason'];

export type Territory = Schemas['Territory'];
export type TerritoryLevel = Schemas['TerritoryLevel'];
export type TerritoryVersion = Schemas['TerritoryVersion'];
export type TerritoryCreate = Schemas['TerritoryCreateRequest'];
export type TerritoryPatch = Schemas['TerritoryPatchRequest'];
export type MaslikhatCreate = Schemas['MaslikhatCreateRequest'];
export type OkrugRequest = Schemas['OkrugRequest'];
export type OkrugPatch = Schemas['OkrugPatchRequest'];
export type DeputyCreate = Schemas['DeputyCreateRequest'];
export type MandateType = Schemas['MandateType'];
export type CommissionKind = Schemas['CommissionKind'];
export type CommissionMember = Schemas['CommissionMember'];
export type CommissionPatch = Schemas['CommissionPatchRequest'];
export type CommissionCreate = Schemas['CommissionRequest'];

export const kTerritoryLevels: readonly TerritoryLevel[] = [
  'country',
  'oblast',
  'republican_city',
  'district',
  'regional_city',
  'city_district',
  'rural_okrug',
  'settlement',
];
export const kMandateTypes: readonly MandateType[] = ['single_mandate', 'party_list'];
export const kCommissionKinds: readonly CommissionKind[] = ['standing', 'temporary'];

export type ImportKind = 'coverage' | 'deputies';

export const kSocialNetworks = ['website', 'facebook', 'instagram', 'telegram', 'youtube', 'tiktok', 'x'] as const;
export type SocialNetwork = (typeof kSocialNetworks)[number];

export const kImportReasons: readonly ImportReason[] = [
  'required',
  'invalid',
  'unknown_okrug',
  'duplicate',
  'invalid_range',
  'wrong_column_count',
  'invalid_email',
  'invalid_phone',
  'too_long',
  'unknown_column',
  'invalid_utf8',
];

/** Oblast first, then city, then district. */
export const kLevelOrder: readonly MaslikhatLevel[] = ['oblast', 'city', 'district'];

export function levelRank(level: MaslikhatLevel): number {
  const index = kLevelOrder.indexOf(level);
  return index === -1 ? kLevelOrder.length : index;
}
