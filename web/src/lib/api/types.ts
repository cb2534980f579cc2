// Short names for the generated OpenAPI schema types (schema.d.ts is generated: npm run gen:api).
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type User = Schemas['User'];
export type UserPage = Schemas['UserPage'];
export type RoleGrant = Schemas['RoleGrant'];
export type Role = Schemas['Role'];
export type ScopeType = Schemas['ScopeType'];
export type Language = Schemas['Language'];
export type Info = Schemas['Info'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldReason = Schemas['FieldReason'];
export type ErrorBody = Schemas['Error'];
export type RegisterRequest = Schemas['RegisterRequest'];
export type RegisterResponse = Schemas['RegisterResponse'];
export type LoginRequest = Schemas['LoginRequest'];
export type TotpSetup = Schemas['TotpSetup'];
export type GrantRoleRequest = Schemas['GrantRoleRequest'];

export const kRoles: readonly Role[] = [
  'citizen',
  'deputy',
  'staff',
  'chair',
  'deputy_chair',
  'head_of_apparatus',
  'commission_chair',
  'commission_member',
  'expert',
  'liaison',
  'admin',
];
export const kScopeTypes: readonly ScopeType[] = ['global', 'maslikhat', 'okrug', 'commission', 'body'];
export const kErrorCodes: readonly ErrorCode[] = [
  'invalid_argument',
  'unauthenticated',
  'permission_denied',
  'not_found',
  'already_exists',
  'conflict',
  'failed_precondition',
  'payload_too_large',
  'resource_exhausted',
  'unavailable',
  'internal',
];
export const kFieldReasons: readonly FieldReason[] = [
  'required',
  'invalid_format',
  'too_short',
  'too_long',
  'invalid',
  'expired',
  'taken',
  'unknown_field',
  'wrong_type',
  'not_verified',
  'invalid_checksum',
];
