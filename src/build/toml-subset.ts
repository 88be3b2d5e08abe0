/**
 * A tiny TOML reader for Hugo `+++` front matter: `key = value` lines where a value is a quoted
 * string, a number, a boolean, a bare date or a one-line array of those. Tables are skipped.
 */

const KEY_VALUE = /^([A-Za-z0-9_-]+)\s*=\s*(.*)$/;

function scalar(token: string): unknown {
  const t = token.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return t.slice(1, -1);
    }
  }
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1);
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function splitArray(inner: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote = '';
  for (const ch of inner) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** The top-level keys of a TOML subset; throws an Error naming the first line it cannot read. */
export function parseTomlSubset(raw: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  let inTable = false;
  const lines = raw.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (text.startsWith('[')) {
      inTable = true; // nested tables hold nothing a reader needs
      continue;
    }
    const match = KEY_VALUE.exec(text);
    if (!match) throw new Error(`broken TOML front matter: cannot read line ${index + 1}: ${text}`);
    if (inTable) continue;
    const value = match[2]!.trim();
    data[match[1]!] =
      value.startsWith('[') && value.endsWith(']')
        ? splitArray(value.slice(1, -1)).map(scalar)
        : scalar(value);
  }
  return data;
}
