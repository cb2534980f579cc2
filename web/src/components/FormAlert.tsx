// A form-level message announced to screen readers (errors) or politely (notices).
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

export function FormAlert({
  kind,
  children,
  title,
}: {
  kind: 'error' | 'success' | 'info';
  children: ReactNode;
  title?: string;
}) {
  const color = kind === 'error' ? 'red.9' : kind === 'success' ? 'green.9' : 'blue.8';
  return (
    <Alert
      variant="outline"
      color={color}
      title={title}
      role={kind === 'error' ? 'alert' : 'status'}
      styles={{ message: { color: 'var(--mantine-color-text)' } }}
    >
      {children}
    </Alert>
  );
}
