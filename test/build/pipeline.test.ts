import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/build/collect-files';
import { buildCorpus, EmptyCorpusError } from '../../src/build/pipeline';
import { formatSummary, summaryCounts } from '../../src/build/summary';

const dirs: string[] = [];
function corpusOf(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'talkshelf-corpus-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const GOOD = '---\ntitle: "A good note"\ndate: 2020-01-02\n---\n\nSome text about Kubernetes.\n';

describe('buildCorpus with bad input', () => {
  it('reports each bad file by name with its reason and still builds the rest', () => {
    const dir = corpusOf({
      'good.md': GOOD,
      'empty.txt': '',
      'blank.txt': '\n\n   \n',
      'binary.bin': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0]),
      'huge.txt': 'a'.repeat(MAX_FILE_BYTES + 1),
      'broken-front-matter.md': '---\ntitle: [unclosed\ndate: : :\n---\n\nBody survives.\n',
      'nested/deeper/structureless.txt': 'just some words without any structure at all',
      'latin1.txt': new Uint8Array([
        ...Buffer.from('Caf'),
        0xe9,
        ...Buffer.from(' cr'),
        0xe8,
        ...Buffer.from('me notes\n'),
      ]),
    });
    const data = buildCorpus(dir);
    const byFile = new Map(data.warnings.map((w) => [w.file, w]));

    expect(byFile.get('empty.txt')).toMatchObject({
      severity: 'skipped',
      reason: expect.stringMatching(/empty/),
    });
    expect(byFile.get('blank.txt')).toMatchObject({
      severity: 'skipped',
      reason: expect.stringMatching(/empty/),
    });
    expect(byFile.get('binary.bin')).toMatchObject({
      severity: 'skipped',
      reason: expect.stringMatching(/binary/),
    });
    expect(byFile.get('huge.txt')).toMatchObject({
      severity: 'skipped',
      reason: expect.stringMatching(/too large/),
    });
    expect(byFile.get('latin1.txt')?.reason).toMatch(/not valid UTF-8/);

    const sources = data.events.map((event) => event.source).sort();
    expect(sources).toContain('good.md');
    expect(sources).toContain('nested/deeper/structureless.txt');
    expect(sources).toContain('latin1.txt');
    const latin1 = data.events.find((event) => event.source === 'latin1.txt')!;
    const latin1Talk = data.talks.find((talk) => talk.eventId === latin1.id)!;
    expect(JSON.stringify(latin1Talk.blocks) + latin1Talk.title).toContain('Café crème');

    // broken front matter: named in the summary, and its body is not lost
    expect(data.warnings.some((w) => w.file === 'broken-front-matter.md')).toBe(true);
    expect(sources).toContain('broken-front-matter.md');

    const summary = formatSummary(data, dir);
    for (const name of ['empty.txt', 'binary.bin', 'huge.txt', 'broken-front-matter.md']) {
      expect(summary).toContain(name);
    }
    expect(summaryCounts(data)).toMatchObject({ files: 8, documents: 4, skipped: 4 });
  });

  it('fails with a clear message only when no document could be read', () => {
    const dir = corpusOf({ 'empty.txt': '', 'binary.bin': new Uint8Array([0, 0, 0, 1, 0, 0]) });
    expect(() => buildCorpus(dir)).toThrow(EmptyCorpusError);
    expect(() => buildCorpus(dir)).toThrow(/empty\.txt: empty file/);
    expect(() => buildCorpus(dir)).toThrow(/binary\.bin: binary/);
    expect(() => buildCorpus(corpusOf({}))).toThrow(/No files found/);
  });

  it('gives every event and talk a unique id, and the same ids on a rebuild with more files', () => {
    const other = GOOD.replace('A good note', 'Другая заметка');
    const first = buildCorpus(corpusOf({ 'a.md': GOOD, 'b.md': other }));
    // a later note with the same title, in a file that sorts first, and an unrelated one
    const second = buildCorpus(
      corpusOf({
        '0.md': GOOD.replace('2020-01-02', '2021-05-06'),
        'a.md': GOOD,
        'b.md': other,
        'c.md': GOOD.replace('A good note', 'Third'),
      }),
    );
    const ids = first.talks.map((talk) => talk.id);
    expect(new Set(ids).size).toBe(ids.length);
    const secondIds = new Set(second.talks.map((talk) => talk.id));
    expect(ids.every((id) => secondIds.has(id))).toBe(true);
    expect(first.events.map((e) => e.id)).toContain('drugaya-zametka');
  });
});

describe("buildCorpus at the corpus folder's edge and at depth", () => {
  it('never follows a symbolic link out of the corpus folder, and names it', () => {
    const secret = corpusOf({ 'private.txt': 'My private diary, not for publishing.' });
    const dir = corpusOf({
      'good.md': GOOD,
      'inside/real.md': GOOD.replace('A good note', 'Real'),
    });
    symlinkSync(path.join(secret, 'private.txt'), path.join(dir, 'notes.txt'));
    symlinkSync(path.join(dir, 'inside/real.md'), path.join(dir, 'alias.md'));
    const corpus = buildCorpus(dir);
    expect(corpus.warnings).toContainEqual({
      file: 'notes.txt',
      severity: 'skipped',
      reason: 'a symbolic link to outside the corpus folder (not followed)',
    });
    expect(JSON.stringify(corpus.talks)).not.toContain('private diary');
    // a link that stays inside is read like the file it leads to
    expect(corpus.events.map((e) => e.source).sort()).toEqual([
      'alias.md',
      'good.md',
      'inside/real.md',
    ]);
  });

  it('builds documents nested thousands of levels deep (quotes, lists, inline marks) without a stack overflow', () => {
    const dir = corpusOf({
      'good.md': GOOD,
      'marks.md': `# Notes\n\n${'w <b>'.repeat(2100)}\n`,
      'quotes.md': `# Quotes\n\n${'>'.repeat(2100)} deep\n`,
      'lists.md': `# Lists\n\n${Array.from({ length: 2100 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`,
      'html.html': `<title>Deep</title><body>${'<ul><li>x'.repeat(2100)}</body>`,
      'deep.org': `#+TITLE: Deep\n\n* Topic\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`,
    });
    const corpus = buildCorpus(dir);
    // every file is an event, or skipped by name with its reason: the build itself never dies
    const accounted = new Set([
      ...corpus.events.map((e) => e.source),
      ...corpus.warnings.filter((w) => w.severity === 'skipped').map((w) => w.file),
    ]);
    expect([...accounted].sort()).toEqual([
      'deep.org',
      'good.md',
      'html.html',
      'lists.md',
      'marks.md',
      'quotes.md',
    ]);
    // all read, not skipped, with the flattening named in the summary
    expect(corpus.events.map((e) => e.source).sort()).toEqual([...accounted].sort());
    for (const file of ['lists.md', 'quotes.md', 'deep.org', 'html.html'])
      expect(corpus.warnings.some((w) => w.file === file && /flattened/.test(w.reason))).toBe(true);
  });
});
