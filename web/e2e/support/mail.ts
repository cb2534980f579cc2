// Reads the 6-digit code from the newest .eml the SMTP sink wrote for an address.
// Bodies may be plain, quoted-printable or base64 UTF-8, possibly inside multipart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function mailDir(): string {
  const dir = process.env.KENES_MAIL_DIR;
  if (!dir) throw new Error('KENES_MAIL_DIR is not set (the directory the SMTP sink writes .eml files to)');
  return dir;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? '' : text.slice(end + 2);
  const headers = new Map<string, string>();
  // Unfold continuation lines, then split "Name: value".
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const text = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

/** All text of a message: every text/* part, decoded. */
export function messageText(raw: string): string {
  const part = splitPart(raw);
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    return part.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((chunk) => !chunk.startsWith('--'))
      .map((chunk) => messageText(chunk.replace(/^\r?\n/, '')))
      .join('\n');
  }
  return /^text\//i.test(type) || !part.headers.has('content-type') ? decodeBody(part) : '';
}

export function recipients(raw: string): string {
  const { headers } = splitPart(raw);
  return `${headers.get('x-envelope-to') ?? ''} ${headers.get('to') ?? ''}`.toLowerCase();
}

/** The 6-digit code in a message body; prefers a number next to a word for "code". */
export function extractCode(text: string): string | null {
  const near = /(?:code|код|кодыңыз|кодты)[^0-9]{0,40}(\d{6})(?!\d)/i.exec(text);
  if (near?.[1]) return near[1];
  return /(?<!\d)(\d{6})(?!\d)/.exec(text)?.[1] ?? null;
}

/** The .eml files present now; later waits only look at messages that arrive after it. */
export function mailMark(): ReadonlySet<string> {
  return new Set(readdirSync(mailDir()).filter((name) => name.endsWith('.eml')));
}

function newestMessageFor(address: string, mark: ReadonlySet<string>): string | null {
  const dir = mailDir();
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.eml') && !name.startsWith('.') && !mark.has(name))
    .map((name) => ({ path: join(dir, name), name, mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
  for (const file of files) {
    const raw = readFileSync(file.path, 'utf8');
    if (recipients(raw).includes(address.toLowerCase())) return raw;
  }
  return null;
}

/** Waits for a message to `address` that was not there at `mark` and returns its code. */
export async function waitForCode(address: string, mark: ReadonlySet<string>, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const raw = newestMessageFor(address, mark);
    if (raw) {
      const code = extractCode(messageText(raw));
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no new message with a 6-digit code for ${address} in ${mailDir()} after ${timeoutMs} ms`);
}

/** The text of the first message to `address`, not in `mark`, that contains `needle`. */
export async function waitForMail(address: string, mark: ReadonlySet<string>, needle: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const name of readdirSync(mailDir())) {
      if (!name.endsWith('.eml') || name.startsWith('.') || mark.has(name)) continue;
      const raw = readFileSync(join(mailDir(), name), 'utf8');
      const text = messageText(raw);
      if (recipients(raw).includes(address) && text.includes(needle)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no message to ${address} containing «${needle}»`);
}
