// useFormErrors for the appeal forms: the same behaviour (texts follow the language, focus goes to
// the first invalid field), with appeal-specific texts from `appeals.fieldErrors.<field>.<reason>`
// and `appeals.fieldNames.<field>` taking precedence over the generic `errors.*` ones.
import type { ParseKeys, TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldErrorText } from '../../lib/i18n/error_text';
import type { FieldProblems } from '../../lib/forms/validation';
import { settledProblems } from '../../lib/forms/use_form_errors';

type State =
  | { kind: 'none' }
  | { kind: 'local'; problems: Record<string, string> }
  | { kind: 'api'; error: unknown; summaryKey: ParseKeys | null | undefined };

/** Maps the generic lookup keys onto the appeals ones when those exist. */
function appealKey(key: string, exists: (key: string) => boolean): string {
  const byField = /^errors\.byField\.(.+)$/.exec(key);
  if (byField && exists(`appeals.fieldErrors.${byField[1]}`)) return `appeals.fieldErrors.${byField[1]}`;
  const name = /^errors\.fieldNames\.(.+)$/.exec(key);
  if (name && exists(`appeals.fieldNames.${name[1]}`)) return `appeals.fieldNames.${name[1]}`;
  return key;
}

export function useAppealFormErrors(formFields: readonly string[]) {
  const { t: baseT, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'none' });
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    const root: ParentNode = formRef.current ?? document;
    root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const rawExists = useCallback((key: string) => i18n.exists(key), [i18n]);
  const exists = useCallback((key: string) => rawExists(appealKey(key, rawExists)), [rawExists]);
  const t = useMemo(
    () => ((key: string, options?: object) => baseT(appealKey(key, rawExists) as never, options as never)) as TFunction,
    [baseT, rawExists],
  );

  const { fields, summary } = useMemo((): { fields: Record<string, string>; summary: string | null } => {
    if (state.kind === 'none') return { fields: {}, summary: null };
    if (state.kind === 'local') {
      const texts: Record<string, string> = {};
      for (const [field, reason] of Object.entries(state.problems)) texts[field] = fieldErrorText(t, exists, field, reason);
      return { fields: texts, summary: null };
    }
    const described = describeError(t, exists, state.error, formFields);
    const override = state.summaryKey;
    return {
      fields: described.fields,
      summary: override === undefined ? described.summary : override === null ? null : baseT(override),
    };
    // i18n.language: recompute on a language switch.
  }, [state, t, baseT, exists, formFields, i18n.language]);

  const clear = useCallback(() => setState({ kind: 'none' }), []);

  /** Shows local problems (field → reason); returns true when there were none. */
  const check = useCallback((problems: FieldProblems | Record<string, string>): boolean => {
    const ok = Object.keys(problems).length === 0;
    setState(ok ? { kind: 'none' } : { kind: 'local', problems });
    if (!ok) setFocusRequest((n) => n + 1);
    return ok;
  }, []);

  /**
   * Clears the message of each field that has become valid: pass the form's current local problems
   * (useSettledErrors does it on every change). Only removes: a field the person has not reached
   * yet does not turn red while they type elsewhere. Server answers stay until the next submit.
   */
  const settle = useCallback((current: FieldProblems | Record<string, string>) => {
    setState((prev) => {
      if (prev.kind !== 'local') return prev;
      const next = settledProblems(prev.problems, current as Record<string, string>);
      if (next === prev.problems) return prev;
      return next === null ? { kind: 'none' } : { kind: 'local', problems: next };
    });
  }, []);

  /** Shows an API error; `summaryKey` replaces the generic summary (null hides it). */
  const fromError = useCallback(
    (error: unknown, summaryKey?: ParseKeys | null) => {
      setState({ kind: 'api', error, summaryKey });
      const described = describeError(t, exists, error, formFields);
      if (Object.keys(described.fields).length > 0) setFocusRequest((n) => n + 1);
    },
    [t, exists, formFields],
  );

  return { fields, summary, clear, check, settle, fromError, formRef };
}
