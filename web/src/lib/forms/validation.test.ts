import { describe, expect, it } from 'vitest';
import { binProblem, iinProblem, normalizeLogin, normalizePhone, validateRegister, type RegisterInput } from './validation';

const valid: RegisterInput = {
  method: 'email',
  email: 'aigul@example.kz',
  phone: '',
  password: 'correct horse',
  display_name: 'Айгүл',
  iin: '',
  consent: true,
};

describe('validation', () => {
  it('normalises phones and e-mails the way the server does', () => {
    expect(normalizePhone('8 (701) 123-45-67')).toBe('+77011234567');
    expect(normalizePhone('+7 701 123 45 67')).toBe('+77011234567');
    expect(normalizeLogin('  Aigul@Example.KZ ')).toBe('aigul@example.kz');
  });

  it('checks the IIN check digit', () => {
    expect(iinProblem('900101300017')).toBeNull();
    expect(iinProblem('900101300018')).toBe('invalid_checksum');
    expect(iinProblem('12345')).toBe('invalid_format');
  });

  it('accepts a complete registration', () => {
    expect(validateRegister(valid)).toEqual({});
    expect(validateRegister({ ...valid, method: 'phone', email: '', phone: '87011234567' })).toEqual({});
  });

  it('reports every problem with the API reason names', () => {
    expect(
      validateRegister({ ...valid, email: 'nope', password: 'short', display_name: ' ', iin: '900101300018', consent: false }),
    ).toEqual({
      email: 'invalid_format',
      password: 'too_short',
      display_name: 'required',
      iin: 'invalid_checksum',
      consent: 'required',
    });
    expect(validateRegister({ ...valid, method: 'phone', phone: '' })).toEqual({ phone: 'required' });
  });

  it('checks a BIN like the server', () => {
    expect(binProblem('120340001230')).toBeNull();
    expect(binProblem('120340001231')).toBe('invalid_checksum');
    expect(binProblem('900101300017')).toBe('invalid_checksum');
    expect(binProblem('444444444444')).toBe('invalid_checksum');
    expect(binProblem('12034')).toBe('invalid_format');
  });
});
