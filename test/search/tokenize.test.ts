import { describe, expect, it } from 'vitest';
import { scanTokens, tokenize } from '../../src/shared/tokenize';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('lowercases and folds Latin accents', () => {
    expect(terms('Matthias Dugué, Jérome')).toEqual(['matthias', 'dugue', 'jerome']);
    expect(terms('Straße Ærø Łódź')).toEqual(['strasse', 'aero', 'lodz']);
    expect(terms('Cafe\u0301')).toEqual(['cafe']);
  });

  it('keeps Cyrillic letters but folds ё to е', () => {
    expect(terms('Йод, ЁЛКА и ещё')).toEqual(['йод', 'елка', 'и', 'еще']);
  });

  it('splits words at punctuation, hyphens and Latin/Cyrillic switches', () => {
    expect(terms('kube-proxy foo:bar Dropbox-ом 1.2.0')).toEqual([
      'kube',
      'proxy',
      'foo',
      'bar',
      'dropbox',
      'ом',
      '1',
      '2',
      '0',
    ]);
  });

  it('turns CJK runs into overlapping bigrams and a lone character into a unigram', () => {
    expect(terms('网络策略')).toEqual(['网络', '络策', '策略']);
    expect(terms('Pod 之间 网')).toEqual(['pod', '之间', '网']);
    expect(terms('カタカナ')).toEqual(['カタ', 'タカ', 'カナ']);
  });

  it('gives offsets into the original string', () => {
    const text = 'Hé 🙂 网络策略 Dugué';
    for (const t of tokenize(text)) {
      expect(t.start).toBeLessThan(t.end);
      const written = text.slice(t.start, t.end);
      expect(tokenize(written).map((x) => x.term)).toContain(t.term);
    }
    const dugue = tokenize(text).find((t) => t.term === 'dugue')!;
    expect(text.slice(dugue.start, dugue.end)).toBe('Dugué');
  });

  it('labels tokens by kind', () => {
    expect(tokenize('rust раст 42 网络').map((t) => t.kind)).toEqual([
      'latin',
      'cyrillic',
      'number',
      'cjk',
    ]);
  });

  it('treats emoji, control characters and lone surrogates as separators', () => {
    expect(terms('a\u0000b\u202e\ud800c🙂d\udfff')).toEqual(['a', 'b', 'c', 'd']);
    expect(terms('')).toEqual([]);
  });

  it('reads characters beyond the BMP as whole code points, and gives plain ASCII words as written', () => {
    expect(terms('𠀀𠀁𠀂 ab𝟙c')).toEqual(['𠀀𠀁', '𠀁𠀂', 'ab1c']);
    expect(tokenize('Kube 𠀀 v1').map((t) => [t.term, t.start, t.end])).toEqual([
      ['kube', 0, 4],
      ['𠀀', 5, 7],
      ['v1', 8, 10],
    ]);
  });

  it('stops scanning at the token its reader returns false for, words and CJK alike', () => {
    for (const [text, stopAt] of [
      ['one two three four', 'two'],
      ['网络策略控制 after', '络策'],
      ['word 网络', 'word'],
    ]) {
      const seen: string[] = [];
      scanTokens(text, (term) => {
        seen.push(term);
        return term !== stopAt;
      });
      const all = terms(text);
      expect(seen).toEqual(all.slice(0, all.indexOf(stopAt) + 1));
    }
  });

  it('skips plain ASCII words and common CJK pairs whose term cannot start as asked', () => {
    const seen: string[] = [];
    const text = 'Alpha beta Gamma 42 Élan 网络策略 ﾃｽﾄ';
    scanTokens(text, (term) => void seen.push(term), new Set(['g', 'b', '络']));
    // Words with other letters are read whole (their terms may fold), and so are CJK characters
    // that NFKC changes (half-width katakana).
    expect(seen).toEqual(['beta', 'gamma', 'elan', '络策', 'テス', 'スト']);
  });

  it('finds, reading only around possible starts, every token starting as asked that a whole scan finds', () => {
    const pieces = [
      'kube',
      'Kafka',
      'k8s',
      'Ökonomie',
      'кубер',
      'Кkube',
      'v1k',
      '网络k',
      'e\u0301k',
    ];
    const glue = [
      ' ',
      '.',
      '—',
      '\n',
      '',
      'ﾃｽﾄ',
      '42k',
      'x',
      'ke',
      'K',
      '🙂k',
      'é',
      '𝐤ube',
      'Ｋube',
      'ok',
    ];
    let seed = 7;
    const pick = <T>(list: T[]) =>
      list[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % list.length];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 12 }, () => pick(pieces) + pick(glue)).join('');
      for (const firsts of [['k'], ['k', '4'], ['e'], ['x', 'v'], ['o', '8']]) {
        const wanted = new Set(firsts);
        const got: string[] = [];
        scanTokens(
          text,
          (term, start, end) => {
            if (wanted.has(term.charAt(0))) got.push(`${term}@${start}-${end}`);
          },
          wanted,
        );
        const all = tokenize(text)
          .filter((t) => wanted.has(t.term.charAt(0)))
          .map((t) => `${t.term}@${t.start}-${t.end}`);
        expect(got, JSON.stringify(text)).toEqual(all);
      }
    }
  });
});
