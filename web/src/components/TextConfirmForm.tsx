// The last step before a staff action that tells people: one text (a reason, a note), confirm and
// back. The text is trimmed; a required one is checked here, the rest by the server, whose field
// problems show under the text.
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useFormErrors } from '../lib/forms/use_form_errors';
import { FormAlert } from './FormAlert';

export interface TextConfirmFormProps {
  /** The request's field the text goes into ("reason", "note"): the server's problems name it. */
  field: string;
  label: string;
  description: string;
  required?: boolean;
  maxLength: number;
  confirm: string;
  back: string;
  confirmColor?: string;
  pending: boolean;
  /** Sends the text; `fail` shows the server's answer in the form. */
  onConfirm: (text: string, fail: (error: unknown) => void) => void;
  onBack: () => void;
}

export function TextConfirmForm(props: TextConfirmFormProps) {
  const { field, required = false } = props;
  const [text, setText] = useState('');
  const fields = useMemo(() => [field], [field]);
  const errors = useFormErrors(fields);
  return (
    <form
      ref={errors.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = text.trim();
        if (!errors.check(required && value === '' ? { [field]: 'required' } : {})) return;
        props.onConfirm(value, (error) => errors.fromError(error));
      }}
    >
      <Stack gap="xs">
        {errors.summary && <FormAlert kind="error">{errors.summary}</FormAlert>}
        <Textarea
          label={props.label}
          description={props.description}
          required={required}
          autosize
          minRows={2}
          maxLength={props.maxLength}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.fields[field]}
        />
        <Group>
          <Button type="submit" color={props.confirmColor} loading={props.pending}>
            {props.confirm}
          </Button>
          <Button variant="default" onClick={props.onBack}>
            {props.back}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
