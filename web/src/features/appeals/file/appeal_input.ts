// The appeal form's state, its client-side checks (mirroring the server) and the request it sends.
import type { Language } from '../../../lib/api/types';
import type { AppealRequest, AppealType, ContactPreference, Cosigner } from '../types';

/** Who the appeal goes to; `label` is what the talon shows. */
export type Addressee =
  | { kind: 'deputy'; deputyId: number; maslikhatId: number; label: string }
  | { kind: 'commission'; commissionId: number; maslikhatId: number; label: string }
  | { kind: 'maslikhat'; maslikhatId: number; label: string };

export type AddresseeKind = Addressee['kind'];

export interface AppealInput {
  type: AppealType | null;
  language: Language;
  subject: string;
  body: string;
  problemAddress: string;
  contact: ContactPreference;
  collective: boolean;
  cosigners: Cosigner[];
  publicConsent: boolean;
}

export function emptyAppealInput(language: Language): AppealInput {
  return {
    type: null,
    language,
    subject: '',
    body: '',
    problemAddress: '',
    contact: 'email',
    collective: false,
    cosigners: [{ name: '', address: '' }],
    publicConsent: false,
  };
}

const chars = (value: string) => [...value].length;

/** Co-signatory rows with a name; blank rows are dropped. */
export function filledCosigners(rows: readonly Cosigner[]): Cosigner[] {
  return rows
    .map((row) => ({ name: row.name.trim(), address: (row.address ?? '').trim() }))
    .filter((row) => row.name !== '' || row.address !== '');
}

/**
 * field → reason, using the API's field names. `missing` names what to ask for when no addressee
 * is chosen: a commission is chosen after its maslikhat, so until then it is the maslikhat.
 */
export function validateAppeal(input: AppealInput, addressee: Addressee | null, missing: AddresseeKind) {
  const problems: Record<string, string> = {};
  if (!addressee) problems[`${missing}_id`] = 'required';
  if (!input.type) problems.type = 'required';
  const subject = input.subject.trim();
  if (subject === '') problems.subject = 'required';
  else if (chars(subject) > 300) problems.subject = 'too_long';
  const body = input.body.trim();
  if (body === '') problems.body = 'required';
  else if (chars(body) > 20000) problems.body = 'too_long';
  if (chars(input.problemAddress.trim()) > 300) problems.problem_address = 'too_long';
  if (input.collective) {
    const rows = filledCosigners(input.cosigners);
    if (rows.length === 0 || rows.some((row) => row.name === '')) problems.cosigners = 'required';
  }
  return problems;
}

export function appealRequest(input: AppealInput, addressee: Addressee): AppealRequest {
  const body: AppealRequest = {
    type: input.type ?? 'statement',
    language: input.language,
    subject: input.subject.trim(),
    body: input.body.trim(),
    addressee: addressee.kind,
    contact_preference: input.contact,
    collective: input.collective,
    public_consent: input.publicConsent,
  };
  if (addressee.kind === 'deputy') body.deputy_id = addressee.deputyId;
  else if (addressee.kind === 'commission') body.commission_id = addressee.commissionId;
  else body.maslikhat_id = addressee.maslikhatId;
  const problemAddress = input.problemAddress.trim();
  if (problemAddress !== '') body.problem_address = problemAddress;
  if (input.collective) body.cosigners = filledCosigners(input.cosigners);
  return body;
}

/** Request fields the appeal form shows next to an input. */
export const kAppealFormFields = [
  'type',
  'language',
  'subject',
  'body',
  'problem_address',
  'contact_preference',
  'collective',
  'cosigners',
  'public_consent',
  'deputy_id',
  'commission_id',
  'maslikhat_id',
] as const;
