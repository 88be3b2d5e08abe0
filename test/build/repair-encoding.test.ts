import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/build/repair-encoding';
import { codePage, decodeSingleByte } from '../../src/build/code-pages';

const corpus = join(__dirname, '../../corpus');
const read = (name: string) =>
  readFileSync(
    join(
      corpus,
      readdirSync(corpus).find((f) => f.startsWith(name))!,
    ),
    'utf8',
  );
// what a tool that read UTF-8 bytes with a legacy code page would have written
const breakWith = (text: string, page: string) =>
  decodeSingleByte(new TextEncoder().encode(text), codePage(page));

describe('repairMojibake on corpus/002 (UTF-8 read as Windows-1253 with 1252 filling its holes)', () => {
  const original = read('002_');
  const { text, repairs } = repairMojibake(original);

  it('leaves none of the broken runs', () => {
    for (const broken of ['β†', 'Γ©', 'Β―', 'πŸ', 'β€', 'β˜']) expect(text).not.toContain(broken);
    expect(repairs).toBeGreaterThanOrEqual(15);
  });

  it('restores arrows, accents, emoji, the shrug and the lightning marks', () => {
    expect(text).toContain('NY → Amsterdam → Budapest');
    for (const name of ['Jérome Petazzoni', 'Sébastien Elet', 'Matthias Dugué'])
      expect(text).toContain(name);
    expect(text).toContain('Conference Blogpost 🙈)');
    expect(text).toContain('(💚)');
    expect(text).toContain('it’s broken. ¯\\_(ツ)_/¯');
    expect(text).toContain('☇ Lightning ☇');
  });

  it('changes nothing else: every other line is byte for byte the same', () => {
    const before = original.split('\n');
    const after = text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.filter((line, i) => line !== after[i]);
    expect(changed.every((line) => /[βΓΒπ]/.test(line))).toBe(true);
    expect(text).toContain('it’s crazy for this app');
    expect(text).toContain('“Service Mesh”');
  });
});

describe('repairMojibake on synthetic mojibake', () => {
  const samples = [
    'Привет, мир! Съешь же ещё этих мягких французских булок, да выпей чаю.',
    'Jérôme a mangé une crème brûlée à Noël — ça coûte 5 €. Garçon, où est l’hôtel ?',
    'Emoji 🙈 and 💚, an arrow → and “quotes”… Ärger, Öl, Übel, Straße.',
    'Příliš žluťoučký kůň úpěl ďábelské ódy v Łódźi.',
  ];
  for (const page of [
    'windows-1252',
    'windows-1251',
    'windows-1253',
    'windows-1250',
    'iso-8859-1',
  ]) {
    it(`repairs text broken through ${page} exactly`, () => {
      for (const sample of samples) {
        const broken = breakWith(sample, page);
        expect(broken).not.toBe(sample);
        expect(repairMojibake(broken).text).toBe(sample);
      }
    });
  }

  it('repairs only the broken runs of a file that is otherwise right', () => {
    const right = 'Ёлка — «ёлка». 中文测试。';
    const mixed = `${right} ${breakWith('Dugué → 🙈', 'windows-1252')} ${right}`;
    expect(repairMojibake(mixed)).toEqual({ text: `${right} Dugué → 🙈 ${right}`, repairs: 3 });
  });

  it('repairs text broken twice', () => {
    const twice = breakWith(breakWith('café ☇', 'windows-1252'), 'windows-1252');
    expect(repairMojibake(twice).text).toBe('café ☇');
  });
});

describe('repairMojibake never touches correct text', () => {
  const correct = [
    'Привет, мир! Её ёлка, «кавычки» и съёмка — всё в порядке. Витамин В» и Вё.',
    'Ці слова: Ні, Її, їжак, пам’ять, б’є, м’ясо.',
    '中文测试：Kubernetes社区正在讨论Network Policy Proposal，以实现SDN。',
    'Καλημέρα κόσμε! ΆΈΉ ά—β, Ελληνικά γράμματα.',
    'Jérôme, “quotes”, it’s… déjà vu, naïve, Œuvre, cœur, Ärger, ÀÉÎ, l·l, 5 €, ½, m², n°.',
    'Příliš žluťoučký kůň úpěl ďábelské ódy. Łódź, Gdańsk, Žižkov.',
  ];
  for (const text of correct) {
    it(`keeps: ${text.slice(0, 24)}…`, () =>
      expect(repairMojibake(text)).toEqual({ text, repairs: 0 }));
  }

  it('keeps the other default corpus files unchanged', () => {
    for (const name of ['000_', '001_', '003_', '004_'])
      expect(repairMojibake(read(name)).repairs).toBe(0);
  });

  it('keeps Markdown posts in English and Chinese unchanged (test/fixtures/posts)', () => {
    const dir = join(__dirname, '../fixtures/posts');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.md'),
    );
    expect(files.filter((f) => f.startsWith('zh')).length).toBeGreaterThanOrEqual(2);
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(repairMojibake(text), file).toEqual({ text, repairs: 0 });
    }
  });
});
