import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/build/decode';
import { codePage } from '../../src/build/code-pages';

const utf8 = (s: string) => new TextEncoder().encode(s);
// encodes text with a single-byte code page through its reverse table
const legacy = (s: string, page: string) =>
  Uint8Array.from(
    Array.from(s, (ch) =>
      ch < '\x80' ? ch.charCodeAt(0) : (codePage(page).bytes.get(ch) ?? 0x3f),
    ),
  );

describe('decodeBytes', () => {
  it('reads valid UTF-8 as is, without notes', () => {
    const result = decodeBytes(utf8('Привет, 世界, Jérôme'));
    expect(result).toEqual({ text: 'Привет, 世界, Jérôme', encoding: 'utf-8', notes: [] });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: x\n')]));
    expect(result.text).toBe('---\ntitle: x\n');
  });

  it('decodes UTF-16 with a byte-order mark, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x1f, 0x04]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x04, 0x1f]);
    expect(decodeBytes(le)).toMatchObject({ text: 'AП', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ text: 'AП', encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without a byte-order mark instead of calling it binary', () => {
    const bytes = Uint8Array.from(Array.from('Hello notes\n', (c) => [c.charCodeAt(0), 0]).flat());
    const result = decodeBytes(bytes);
    expect(result.text).toBe('Hello notes\n');
    expect(result.notes[0]).toMatch(/utf-16le/);
  });

  it('normalises CRLF and CR line ends to LF', () => {
    expect(decodeBytes(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('reads invalid UTF-8 Cyrillic as Windows-1251 and says so', () => {
    const text = 'Привет, мир! Съешь же ещё этих мягких французских булок.';
    const result = decodeBytes(legacy(text, 'windows-1251'));
    expect(result.text).toBe(text);
    expect(result.encoding).toBe('windows-1251');
    expect(result.notes).toEqual(['not valid UTF-8; read as windows-1251']);
  });

  it('reads invalid UTF-8 Cyrillic in KOI8-R as KOI8-R', () => {
    const text = 'Съешь же ещё этих мягких французских булок, да выпей чаю.';
    expect(decodeBytes(legacy(text, 'koi8-r'))).toMatchObject({ text, encoding: 'koi8-r' });
  });

  it('reads invalid UTF-8 Western text as Windows-1252, curly quotes and euro included', () => {
    const text = 'Jérôme a mangé une crème brûlée — “ça coûte 5 €”.';
    expect(decodeBytes(legacy(text, 'windows-1252'))).toMatchObject({
      text,
      encoding: 'windows-1252',
    });
  });

  it('keeps mostly-valid UTF-8 with a stray bad byte as UTF-8 with a replacement', () => {
    const bytes = Uint8Array.from([...utf8('Привет мир, всё хорошо '), 0xff, ...utf8(' конец')]);
    const result = decodeBytes(bytes);
    expect(result.text).toBe('Привет мир, всё хорошо \ufffd конец');
    expect(result.notes[0]).toMatch(/1 invalid UTF-8 byte/);
  });

  it('refuses binary content: NUL bytes or many control characters', () => {
    expect(() =>
      decodeBytes(
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
      ),
    ).toThrow('binary file (NUL bytes)');
    const noisy = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    expect(() => decodeBytes(noisy)).toThrow(/binary file/);
  });

  it('returns empty text for an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', notes: [] });
  });
});
