// Form pieces repeated across the staff forms: a draft bound to inputs by field name, kk/ru pairs,
// e-mail and phone, the "published" checkbox. Field names are the API's (name_kk, email, ...), so
// server field errors land on the right input.
import { Checkbox, Textarea, TextInput } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

type TextChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;

export interface TextBinding {
  name: string;
  value: string;
  onChange: TextChange;
  error?: string;
}

/** Binds a text field of the draft to an input: `<TextInput {...bind('email')} />`. */
export type Bind = (field: string) => TextBinding;

/** A form's values with `bind(field)` for text inputs; `errors` are the form's field error texts. */
export function useDraft<T extends object>(initial: T | (() => T), errors: Record<string, string> = {}) {
  const [values, setValues] = useState<T>(initial);
  const set = <K extends keyof T>(key: K, value: T[K]) => setValues((current) => ({ ...current, [key]: value }));
  const bind: Bind = (field) => ({
    name: field,
    value: String((values as Record<string, unknown>)[field] ?? ''),
    onChange: (event) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    error: errors[field],
  });
  /** The same for a DateField, whose onChange gives the `YYYY-MM-DD` value itself. */
  const bindDate = (field: string) => ({
    name: field,
    value: String((values as Record<string, unknown>)[field] ?? ''),
    onChange: (value: string) => setValues((current) => ({ ...current, [field]: value })),
    error: errors[field],
  });
  return { values, setValues, set, bind, bindDate };
}

/**
 * The Kazakh and Russian versions of one text (`<field>_kk`, `<field>_ru`), side by side: two
 * inputs, or two text areas when `rows` is given. Rendered without a wrapper, for the caller's grid.
 */
export function BilingualFields({
  field,
  labels,
  bind,
  required = false,
  maxLength,
  rows,
}: {
  field: string;
  labels: readonly [kk: string, ru: string];
  bind: Bind;
  required?: boolean;
  maxLength: number;
  rows?: number;
}) {
  return (
    <>
      {(['kk', 'ru'] as const).map((language, i) =>
        rows === undefined ? (
          <TextInput
            key={language}
            label={labels[i]}
            lang={language}
            required={required}
            maxLength={maxLength}
            {...bind(`${field}_${language}`)}
          />
        ) : (
          <Textarea
            key={language}
            label={labels[i]}
            lang={language}
            required={required}
            autosize
            minRows={rows}
            maxLength={maxLength}
            {...bind(`${field}_${language}`)}
          />
        ),
      )}
    </>
  );
}

export function EmailField({ label, bind }: { label?: string; bind: Bind }) {
  const { t } = useTranslation();
  return (
    <TextInput label={label ?? t('directory.edit.email')} type="email" autoComplete="off" maxLength={254} {...bind('email')} />
  );
}

export function PhoneField({ label, bind }: { label?: string; bind: Bind }) {
  const { t } = useTranslation();
  return <TextInput label={label ?? t('directory.edit.phone')} type="tel" autoComplete="off" maxLength={40} {...bind('phone')} />;
}

export function PublishedCheckbox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      label={t('directory.edit.published')}
      description={t('directory.edit.publishedHint')}
      name="published"
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
