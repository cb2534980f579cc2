// The deputy's photo (alt = the name), or initials when there is none (decorative).
import { Avatar } from '@mantine/core';

export function DeputyPhoto({ url, name, size = 96 }: { url: string | null; name: string; size?: number }) {
  if (url) {
    return (
      <img
        src={url}
        alt={name}
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
        style={{ width: size, height: size, objectFit: 'cover', borderRadius: 'var(--mantine-radius-md)', flex: 'none' }}
      />
    );
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
  return (
    <Avatar size={size} radius="md" color="blue.8" variant="filled" aria-hidden="true" style={{ flex: 'none' }}>
      {initials}
    </Avatar>
  );
}
