// Plain HTML in place of Mantine's Stack, Group, Text, Title, Anchor and Skeleton on the pages a
// visitor lands on (home, find my deputy, a deputy): each Mantine component resolves its props
// against the theme on every render, a large part of those pages' main-thread time on a slow
// phone (Lighthouse's total blocking time; docs/benchmarks.md). Same look, through Mantine's CSS
// variables (plain.module.css).
import type { CSSProperties, ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import classes from './plain.module.css';

type Gap = 'xs' | 'sm' | 'md' | 'lg' | 'xl';
const gapStyle = (gap: Gap | number, style?: CSSProperties): CSSProperties =>
  ({ ...style, '--plain-gap': typeof gap === 'number' ? `${gap}px` : `var(--mantine-spacing-${gap})` }) as CSSProperties;
const join = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** A column with `gap` between its children (Mantine's Stack). */
export function Column({
  gap = 'md',
  as: Tag = 'div',
  className,
  style,
  children,
  ...rest
}: {
  gap?: Gap | number;
  as?: 'div' | 'section' | 'ul';
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
  id?: string;
  ref?: Ref<HTMLElement>;
  tabIndex?: number;
  'aria-labelledby'?: string;
  'aria-live'?: 'polite';
  'aria-busy'?: boolean;
  'aria-hidden'?: boolean | 'true';
  'data-testid'?: string;
}) {
  const props = { className: join(classes.stack, className), style: gapStyle(gap, style), ...rest };
  // The cast: one `ref` type for the three elements.
  return <Tag {...(props as object)}>{children}</Tag>;
}

/** Children side by side, wrapping on a narrow screen (unless `noWrap`), aligned at the top or centred (Mantine's Group). */
export function Row({
  gap = 'md',
  centered = false,
  noWrap = false,
  style,
  children,
  ...rest
}: {
  gap?: Gap | number;
  centered?: boolean;
  noWrap?: boolean;
  style?: CSSProperties;
  children: ReactNode;
  role?: 'group';
  'aria-label'?: string;
}) {
  return (
    <div
      className={join(classes.row, centered && classes.rowCentered, noWrap && classes.rowNoWrap)}
      style={gapStyle(gap, style)}
      {...rest}
    >
      {children}
    </div>
  );
}

/** A bordered box (Mantine's Paper withBorder, p="md", or "lg" with `large`; `blue`: its pale blue). */
export function Card({
  as: Tag = 'div',
  large = false,
  blue = false,
  children,
  ...rest
}: {
  as?: 'div' | 'section' | 'li';
  large?: boolean;
  blue?: boolean;
  children: ReactNode;
  'aria-labelledby'?: string;
  'data-testid'?: string;
}) {
  return (
    <Tag className={join(classes.card, large && classes.cardLarge, blue && classes.cardBlue)} {...rest}>
      {children}
    </Tag>
  );
}

/** One column on a phone, three from 48em (Mantine's SimpleGrid cols={{ base: 1, sm: 3 }}). */
export function ThreeColumns({ children }: { children: ReactNode }) {
  return <div className={classes.threeColumns}>{children}</div>;
}

/** A paragraph (Mantine's Text). */
export function Para({
  size,
  dimmed = false,
  wrapAnywhere = false,
  children,
}: {
  size?: 'sm' | 'lg';
  dimmed?: boolean;
  wrapAnywhere?: boolean;
  children: ReactNode;
}) {
  return (
    <p
      className={join(
        classes.text,
        size === 'sm' && classes.small,
        size === 'lg' && classes.large,
        dimmed && classes.dimmed,
        wrapAnywhere && classes.wrapAnywhere,
      )}
    >
      {children}
    </p>
  );
}

/** "Term: value" on one line, the term in bold. */
export function Fact({ term, children, wrapAnywhere }: { term: string; children: ReactNode; wrapAnywhere?: boolean }) {
  return (
    <Para wrapAnywhere={wrapAnywhere}>
      <span className={classes.strong}>{term}:</span> {children}
    </Para>
  );
}

/** A section heading: an h2 drawn at h3 size (or h4). */
export function Heading({
  id,
  size = 'h3',
  spaced = false,
  children,
}: {
  id?: string;
  size?: 'h3' | 'h4';
  /** A little space below it (Mantine's mb="xs"). */
  spaced?: boolean;
  children: ReactNode;
}) {
  return (
    <h2 id={id} className={join(classes.heading, size === 'h3' ? classes.h3 : classes.h4, spaced && classes.headingSpaced)}>
      {children}
    </h2>
  );
}

/** The page's h1 (Mantine's Title order 1). */
export function PageHeading({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <h1 className={join(classes.heading, classes.h1, className)} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** A link inside the app (react-router) or out of it (`href`, in a new tab with `newTab`), drawn as Mantine's Anchor. */
export function TextLink({
  to,
  href,
  bold = false,
  newTab = false,
  children,
}: {
  to?: string;
  href?: string;
  bold?: boolean;
  newTab?: boolean;
  children: ReactNode;
}) {
  // mantine-focus-auto: Mantine's own focus ring (its global.css), as on every other control.
  const className = join('mantine-focus-auto', classes.link, bold && classes.bold);
  if (to !== undefined)
    return (
      <Link to={to} className={className}>
        {children}
      </Link>
    );
  return (
    <a href={href} className={className} {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}

/** A grey placeholder bar (Mantine's Skeleton), hidden from screen readers by its region. */
export function Bar({
  width = '100%',
  height,
  radius = 'sm',
  style,
}: {
  width?: number | string;
  height: number;
  radius?: 'sm' | 'md';
  style?: CSSProperties;
}) {
  return (
    <div
      className={classes.skeleton}
      style={{ width, height, borderRadius: `var(--mantine-radius-${radius})`, ...style }}
    />
  );
}

/** Text for screen readers only (Mantine's VisuallyHidden). */
export function ScreenReaderText({ children }: { children: ReactNode }) {
  return <span className={classes.visuallyHidden}>{children}</span>;
}

/** The page's width, centred, with the side padding (Mantine's Container size="md"). */
export function PageWidth({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={join(classes.container, className)}>{children}</div>;
}
