// Client-side checks mirroring the server's rules; reasons use the API's field reason names.
import type { FieldReason } from '../api/types';

export type FieldProblems = Record<string, FieldReason>;

const kEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const kPhone = /^\+7\d{10}$/;

/** `8 (701) 123-45-67` → `+77011234567`; returns the input unchanged when it is not a KZ number. */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/[\s\-()]/g, '');
  if (/^8\d{10}$/.test(compact)) return `+7${compact.slice(1)}`;
  if (/^7\d{10}$/.test(compact)) return `+${compact}`;
  return compact;
}

/** A login is an e-mail (lower-cased) or a phone in +7XXXXXXXXXX form. */
export function normalizeLogin(raw: string): string {
  const value = raw.trim();
  return value.includes('@') ? value.toLowerCase() : normalizePhone(value);
}

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && kEmail.test(value);
}

export function isValidPhone(value: string): boolean {
  return kPhone.test(normalizePhone(value));
}

/** IIN: 12 digits; check digit by the two-pass weighted sum mod 11. */
export function iinProblem(iin: string): FieldReason | null {
  if (!/^\d{12}$/.test(iin)) return 'invalid_format';
  const digits = [...iin].map(Number);
  const sum = (weights: number[]) => weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  if (check === 10 || check !== digits[11]) return 'invalid_checksum';
  return null;
}

/** BIN of a legal entity: 12 digits, the fifth 4, 5 or 6, the IIN's check digit, not all one digit. */
export function binProblem(bin: string): FieldReason | null {
  if (!/^\d{12}$/.test(bin)) return 'invalid_format';
  if (/^(\d)\1{11}$/.test(bin) || !['4', '5', '6'].includes(bin[4] ?? '')) return 'invalid_checksum';
  return iinProblem(bin);
}

export function passwordProblem(password: string): FieldReason | null {
  const length = [...password].length;
  if (length === 0) return 'required';
  if (length < 10) return 'too_short';
  if (length > 128) return 'too_long';
  return null;
}

export function codeProblem(code: string): FieldReason | null {
  if (code.trim() === '') return 'required';
  return /^\d{6}$/.test(code.trim()) ? null : 'invalid_format';
}

export function loginProblem(login: string): FieldReason | null {
  const value = login.trim();
  if (value === '') return 'required';
  if (value.includes('@')) return isValidEmail(value) ? null : 'invalid_format';
  return isValidPhone(value) ? null : 'invalid_format';
}

export function displayNameProblem(name: string): FieldReason | null {
  const value = name.trim();
  if (value === '') return 'required';
  return [...value].length > 100 ? 'too_long' : null;
}

export interface RegisterInput {
  method: 'email' | 'phone';
  email: string;
  phone: string;
  password: string;
  display_name: string;
  iin: string;
  consent: boolean;
}

export function validateRegister(input: RegisterInput): FieldProblems {
  const problems: FieldProblems = {};
  if (input.method === 'email') {
    const email = input.email.trim();
    if (email === '') problems.email = 'required';
    else if (!isValidEmail(email)) problems.email = 'invalid_format';
  } else {
    const phone = input.phone.trim();
    if (phone === '') problems.phone = 'required';
    else if (!isValidPhone(phone)) problems.phone = 'invalid_format';
  }
  const password = passwordProblem(input.password);
  if (password) problems.password = password;
  const name = displayNameProblem(input.display_name);
  if (name) problems.display_name = name;
  const iin = input.iin.trim();
  if (iin !== '') {
    const problem = iinProblem(iin);
    if (problem) problems.iin = problem;
  }
  if (!input.consent) problems.consent = 'required';
  return problems;
}
