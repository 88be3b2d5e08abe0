/**
 * The corpus's surface words, gathered while the search index analyses it: which words each index
 * term stands for (so the engine can tell a word of the corpus from a typo that happens to stem
 * like one, "pies" → "pi") and the lexicon a typo is compared with (surface words, not stems:
 * "containerizaton" is one edit from "containerization", far from its stem "container").
 */
import type { SurfaceWords } from '../search/analyzer';
import type { SearchLexicon } from '../search/index-format';
import { encodeForms } from '../search/word-forms';

/** Most words the lexicon keeps, the most used first; bounds its bytes on a huge corpus. */
export const MAX_LEXICON_WORDS = 150_000;
/** Words shorter or longer than this are never typo candidates. */
const MIN_WORD = 3;
const MAX_WORD = 24;

interface Entry {
  term: string;
  docs: number;
  lastDoc: number;
}

/** Collects surface words document by document; call `nextDocument` before each talk's fields. */
export class LexiconBuilder implements SurfaceWords {
  private readonly words = new Map<string, Entry>();
  private doc = -1;

  /** Starts the next document, so a word is counted once per document. */
  nextDocument(): void {
    this.doc++;
  }

  add(word: string, term: string): void {
    let entry = this.words.get(word);
    if (!entry) this.words.set(word, (entry = { term, docs: 0, lastDoc: -1 }));
    if (entry.lastDoc !== this.doc) {
      entry.docs++;
      entry.lastDoc = this.doc;
    }
  }

  /** Each index term's surface words, encoded (see word-forms.ts); terms with none are absent. */
  formsByTerm(): Map<string, string> {
    const forms = new Map<string, string[]>();
    for (const [word, { term }] of this.words) {
      const list = forms.get(term);
      if (list) list.push(word);
      else forms.set(term, [word]);
    }
    return new Map([...forms].map(([term, words]) => [term, encodeForms(term, words.sort())]));
  }

  /** The lexicon: words of a typo's length, the most used first, at most `max`. */
  lexicon(max = MAX_LEXICON_WORDS): SearchLexicon {
    const kept = [...this.words]
      .filter(([word]) => {
        const length = [...word].length;
        return length >= MIN_WORD && length <= MAX_WORD;
      })
      .sort((a, b) => b[1].docs - a[1].docs || (a[0] < b[0] ? -1 : 1))
      .slice(0, max);
    return { words: kept.map(([word]) => word), df: kept.map(([, e]) => e.docs) };
  }
}
