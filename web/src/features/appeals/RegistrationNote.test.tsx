import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { registrationNote } from './RegistrationNote';

// Sunday 06.12.2026 10:19 in Kazakhstan (UTC+5).
const kSunday = '2026-12-06T05:19:00Z';
// Friday 04.12.2026 19:05, after the 18:30 end of the working day.
const kFridayEvening = '2026-12-04T14:05:00Z';

describe('registrationNote', () => {
  it('explains a registration on the next working day after a day off, in each language', () => {
    expect(registrationNote(i18n.getFixedT('ru'), 'ru', kSunday, '2026-12-07')).toBe(
      'Поступило 06.12 (воскресенье) в 10:19, в нерабочий день; зарегистрировано в следующий рабочий день, 07.12.',
    );
    expect(registrationNote(i18n.getFixedT('kk'), 'kk', kSunday, '2026-12-07')).toMatch(
      /^06\.12 \(.+\) сағ\. 10:19 демалыс күні келіп түсті; келесі жұмыс күні, 07\.12 тіркелді\.$/,
    );
    expect(registrationNote(i18n.getFixedT('en'), 'en', kSunday, '2026-12-07')).toBe(
      'Received on Sunday, 12/06 at 10:19, a day off; registered on the next working day, 12/07.',
    );
  });

  it('says "after the working day" for an evening arrival on a working day', () => {
    expect(registrationNote(i18n.getFixedT('ru'), 'ru', kFridayEvening, '2026-12-07')).toBe(
      'Поступило 04.12 (пятница) в 19:05, после окончания рабочего дня (18:30); зарегистрировано в следующий рабочий день, 07.12.',
    );
  });

  it('says nothing when the appeal was registered the day it arrived', () => {
    expect(registrationNote(i18n.getFixedT('ru'), 'ru', '2026-12-07T04:00:00Z', '2026-12-07')).toBeNull();
  });
});
