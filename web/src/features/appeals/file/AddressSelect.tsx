// A settlement or a street picked from the server's suggestions (AddressCombobox): the value is
// the picked place, or null while the text in the box names none.
import { useState } from 'react';
import { AddressCombobox } from '../../directory';

export interface Picked {
  key: string;
  label: string;
}

export function AddressSelect({
  kind,
  settlement = null,
  label,
  value,
  onChange,
  error,
  required = false,
  disabled = false,
}: {
  kind: 'settlement' | 'street';
  settlement?: string | null;
  label: string;
  value: Picked | null;
  onChange: (value: Picked | null) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}) {
  const [text, setText] = useState(value?.label ?? '');
  return (
    <AddressCombobox
      kind={kind}
      scope={settlement ?? ''}
      label={label}
      required={required}
      disabled={disabled}
      error={error}
      value={text}
      onChange={(next) => {
        setText(next);
        // Typing over a picked place unpicks it: the lookup must not use a place the box no longer shows.
        if (value && next !== value.label) onChange(null);
      }}
      onPick={(option) => {
        setText(option.label);
        onChange(option);
      }}
    />
  );
}
