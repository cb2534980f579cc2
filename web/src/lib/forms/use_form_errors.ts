// Field and form-level error state for a form, fed by local checks or by an ApiError.
// Texts are derived at render time, so they follow a language switch.
import type { ParseKeys } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldErrorText } from '../i18n/error_text';
import type { FieldProblems } from './validation';


type State =
  | { kind: 'none' }
  | { kind: 'local'; problems: FieldProblems }
  | { kind: 'api'; error: unknown; summaryKey: ParseKeys | null | undefined };

/**
 * The local problems still standing once `current` (the form's problems now) is known: a field
 * that became valid loses its message, one still wrong shows its current reason, and no field is
 * added. `previous` itself when nothing changed; null when none are left.
 */
export function settledProblems<P extends Record<string, string>>(
  previous: P,
  current: Record<string, string>,
): P | null {
  const kept: Record<string, string> = {};
  let changed = false;
  for (const [field, reason] of Object.entries(previous)) {
    const now = current[field];
    if (now === undefined) changed = true;
    else {
      kept[field] = now;
      if (now !== reason) changed = true;
    }
  }
  if (!changed) return previous;
  return Object.keys(kept).length === 0 ? null : (kept as P);
}

export function useFormErrors(formFields: readonly string[]) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'none' });
  // Attach to the <form>; after an error its first invalid field takes the focus.
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    const root: ParentNode = formRef.current ?? document;
    root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);

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
      summary: override === undefined ? described.summary : override === null ? null : t(override),
    };
    // i18n.language: recompute on a language switch.
  }, [state, t, exists, formFields, i18n.language]);

  const clear = useCallback(() => setState({ kind: 'none' }), []);

  /** Shows local problems; returns true when there were none. */
  const check = useCallback((problems: FieldProblems): boolean => {
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

/**
 * Re-checks the form on every change and clears the messages of fields that have become valid:
 * `useSettledErrors(errors.settle, validateX(values))`.
 */
export function useSettledErrors(
  settle: (current: FieldProblems | Record<string, string>) => void,
  current: FieldProblems | Record<string, string>,
) {
  // `current` is a new object on every render: compare by content.
  const key = JSON.stringify(current);
  useEffect(() => {
    settle(JSON.parse(key) as Record<string, string>);
  }, [settle, key]);
}
