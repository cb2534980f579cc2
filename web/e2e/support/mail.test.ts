// Unit test (Vitest) for the e-mail decoding the e2e tests rely on.
import { describe, expect, it } from 'vitest';
import { extractCode, messageText, recipients } from './mail';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('mail parsing', () => {
  it('decodes a base64 UTF-8 body and finds the code', () => {
    const raw = [
      'X-Envelope-To: a@example.kz',
      'To: <a@example.kz>',
      'Subject: =?UTF-8?B?S2VuZXM=?=',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Тіркелуді растау коды: 008443\n\nКод 15 минут жарамды.'),
    ].join('\r\n');
    expect(recipients(raw)).toContain('a@example.kz');
    expect(extractCode(messageText(raw))).toBe('008443');
  });

  it('decodes quoted-printable, including soft line breaks', () => {
    const raw = [
      'To: b@example.kz',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '=D0=92=D0=B0=D1=88 =D0=BA=D0=BE=D0=B4: 12=',
      '3456',
    ].join('\r\n');
    expect(messageText(raw)).toBe('Ваш код: 123456');
    expect(extractCode(messageText(raw))).toBe('123456');
  });

  it('reads the text part of a multipart message', () => {
    const raw = [
      'To: c@example.kz',
      'Content-Type: multipart/alternative; boundary="XYZ"',
      '',
      '--XYZ',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Your code: 654321'),
      '--XYZ--',
    ].join('\r\n');
    expect(extractCode(messageText(raw))).toBe('654321');
  });
});
