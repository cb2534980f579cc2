// What staff record about the applicant of a paper, oral, phone, e-mail or reception appeal.
import { iinProblem, isValidEmail, isValidPhone, normalizePhone } from '../../../lib/forms/validation';
import { localInputToMs } from '../../../lib/dates';
import type { AppealChannel, AppealRequest, ContactPreference } from '../types';

export interface ApplicantInput {
  channel: AppealChannel;
  receivedAt: string; // datetime-local, Kazakhstan time
  anonymous: boolean;
  urgent: boolean;
  name: string;
  email: string;
  phone: string;
  address: string;
  iin: string;
}

export function emptyApplicant(receivedAt: string): ApplicantInput {
  return {
    channel: 'paper',
    receivedAt,
    anonymous: false,
    urgent: false,
    name: '',
    email: '',
    phone: '',
    address: '',
    iin: '',
  };
}

export function validateApplicant(input: ApplicantInput, nowMs: number = Date.now()): Record<string, string> {
  const problems: Record<string, string> = {};
  const received = localInputToMs(input.receivedAt);
  if (received === null) problems.received_at = 'required';
  else if (received > nowMs) problems.received_at = 'invalid';
  if (!input.anonymous && input.name.trim() === '') problems.applicant_name = 'required';
  const email = input.email.trim();
  if (email !== '' && !isValidEmail(email)) problems.applicant_email = 'invalid_format';
  const phone = input.phone.trim();
  if (phone !== '' && !isValidPhone(phone)) problems.applicant_phone = 'invalid_format';
  const iin = input.iin.trim();
  if (iin !== '') {
    const problem = iinProblem(iin);
    if (problem) problems.applicant_iin = problem;
  }
  return problems;
}

/** The staff-only part of the request. */
export function applicantFields(input: ApplicantInput): Partial<AppealRequest> {
  const fields: Partial<AppealRequest> = {
    channel: input.channel,
    anonymous: input.anonymous,
    urgent_redirect: input.anonymous && input.urgent,
    received_at_ms: localInputToMs(input.receivedAt) ?? undefined,
  };
  if (!input.anonymous) {
    fields.applicant_name = input.name.trim();
    if (input.email.trim()) fields.applicant_email = input.email.trim().toLowerCase();
    if (input.phone.trim()) fields.applicant_phone = normalizePhone(input.phone.trim());
    if (input.address.trim()) fields.applicant_address = input.address.trim();
    if (input.iin.trim()) fields.applicant_iin = input.iin.trim();
  }
  return fields;
}

export const kApplicantFields = [
  'channel',
  'received_at',
  'anonymous',
  'urgent_redirect',
  'applicant_name',
  'applicant_email',
  'applicant_phone',
  'applicant_address',
  'applicant_iin',
] as const;

/**
 * How the applicant can be answered, from what staff wrote down: e-mail when given, else post to
 * the address, else a phone call; post when nothing is given (the answer waits to be collected).
 */
export function defaultContact(input: ApplicantInput): ContactPreference {
  if (input.anonymous) return 'post';
  if (input.email.trim() !== '') return 'email';
  if (input.address.trim() !== '') return 'post';
  if (input.phone.trim() !== '') return 'phone';
  return 'post';
}
