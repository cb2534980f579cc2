// A date typed in the interface language's pattern (21.12.2026 in Kazakh and Russian, 12/21/2026
// in English). `<input type="date">` would follow the browser's language instead: a Russian page in
// an English browser asked for mm/dd/yyyy. The value is `YYYY-MM-DD`, or '' while the text is
// empty or not a date.
import { Fieldset, Group, TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../lib/dates';

function dayFirst(language: string): boolean {
  const base = language.toLowerCase().split('-')[0];
  return base === 'kk' || base === 'ru';
}

/** The text as `YYYY-MM-DD`, or null; "21.12.2026", "21122026", "1.2.2026" and "2026-12-21" count. */
export function parseDayText(text: string, language: string): string | null {
  const compact = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(compact); // pasted from elsewhere: unambiguous
  if (iso) return checked(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  let match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(compact);
  if (!match) {
    const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(compact);
    if (!digits) return null;
    match = digits;
  }
  const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [day, month] = dayFirst(language) ? [a, b] : [b, a];
  return checked(day, month, year);
}

function checked(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function DateField({
  value,
  onChange,
  error,
  ...rest
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & { value: string; onChange: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [text, setText] = useState(() => formatDay(value, language));
  const [shownFor, setShownFor] = useState({ value, language });
  const [touched, setTouched] = useState(false);
  // A new value from outside (a reset, a language switch) replaces the text; our own echo does not.
  if (shownFor.value !== value || shownFor.language !== language) {
    setShownFor({ value, language });
    if (parseDayText(text, language) !== value || shownFor.language !== language) setText(formatDay(value, language));
  }
  const unreadable = touched && text.trim() !== '' && parseDayText(text, language) === null;
  return (
    <TextInput
      {...rest}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('common.datePattern')}
      maxLength={10}
      value={text}
      error={error ?? (unreadable ? t('common.dateUnreadable', { pattern: t('common.datePattern') }) : undefined)}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = next.trim() === '' ? '' : (parseDayText(next, language) ?? '');
        if (parsed !== value) {
          setShownFor({ value: parsed, language });
          onChange(parsed);
        }
      }}
      onBlur={(event) => {
        setTouched(true);
        rest.onBlur?.(event);
      }}
    />
  );
}

/** "9:05", "09:05", "0905" or "9.05" → "09:05"; null when not a time of day. */
export function parseTimeText(text: string): string | null {
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * A date and a 24-hour time, each in its own box, for what `<input type="datetime-local">` did in
 * the browser's language. The value is `YYYY-MM-DDTHH:MM`, or '' until both boxes hold one.
 */
export function DateTimeField({
  label,
  name,
  required = false,
  value,
  onChange,
  error,
}: {
  label: string;
  name?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState(value.slice(0, 10));
  const [time, setTime] = useState(value.slice(11, 16));
  const [shown, setShown] = useState(value);
  // A new value from outside replaces both boxes; our own echo does not.
  if (shown !== value) {
    setShown(value);
    if (value !== '') {
      setDay(value.slice(0, 10));
      setTime(value.slice(11, 16));
    }
  }
  const emit = (nextDay: string, nextTime: string) => {
    const parsed = parseTimeText(nextTime);
    const next = nextDay !== '' && parsed ? `${nextDay}T${parsed}` : '';
    setShown(next);
    if (next !== value) onChange(next);
  };
  return (
    <Fieldset legend={label} variant="unstyled" aria-describedby={error ? `${name ?? 'datetime'}-error` : undefined}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <DateField
          label={t('common.date')}
          name={name ? `${name}_date` : undefined}
          required={required}
          value={day}
          onChange={(next) => {
            setDay(next);
            emit(next, time);
          }}
          error={error}
          errorProps={{ id: `${name ?? 'datetime'}-error` }}
          style={{ flex: '1 1 10rem' }}
        />
        <TextInput
          label={t('common.time')}
          name={name ? `${name}_time` : undefined}
          required={required}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('common.timePattern')}
          maxLength={5}
          value={time}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setTime(next);
            emit(day, next);
          }}
          style={{ flex: '0 1 7rem' }}
        />
      </Group>
    </Fieldset>
  );
}
