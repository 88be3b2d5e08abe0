// The direct index arithmetic must equal lunr.Builder's, number for number.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lunrVectors } from '../../src/build/lunr-vectors';
import { buildCorpus } from '../../src/build/pipeline';
import { corpusFieldTerms } from '../../src/build/search-index';
import { SEARCH_FIELDS } from '../../src/search/index-format';
import { lunr } from '../../src/search/lunr-setup';
import { fixtureEvents, fixtureTalks } from '../search/fixture';

const NAMES = SEARCH_FIELDS.map((f) => f.name);
const BOOSTS = SEARCH_FIELDS.map((f) => f.boost);

type Serialized = { fieldVectors: unknown; invertedIndex: unknown };

/** lunr's own serialized field vectors and inverted index for `docs`. */
function viaBuilder(docs: string[][][]): Serialized {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref('ref');
  SEARCH_FIELDS.forEach((f) => builder.field(f.name, { boost: f.boost }));
  docs.forEach((fields, n) => {
    const doc: Record<string, string | string[]> = { ref: String(n) };
    fields.forEach((terms, f) => (doc[NAMES[f]] = terms));
    builder.add(doc);
  });
  const json = builder.build().toJSON() as unknown as Serialized;
  return JSON.parse(
    JSON.stringify({ fieldVectors: json.fieldVectors, invertedIndex: json.invertedIndex }),
  );
}

/** The same two parts written out of the direct computation, in lunr's serialized shape. */
function viaDirect(docs: string[][][]): Serialized {
  const { terms, vectors } = lunrVectors(docs, BOOSTS);
  const postings = terms.map((_, index) => {
    const posting: Record<string, unknown> = { _index: index };
    for (const name of NAMES) posting[name] = {};
    return posting;
  });
  for (const { field, doc, elements } of vectors) {
    for (let i = 0; i < elements.length; i += 2) {
      (postings[elements[i]][NAMES[field]] as Record<string, object>)[String(doc)] = {};
    }
  }
  const invertedIndex = terms
    .map((term, index) => [term, postings[index]] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return JSON.parse(
    JSON.stringify({
      fieldVectors: vectors.map((v) => [`${NAMES[v.field]}/${v.doc}`, v.elements]),
      invertedIndex,
    }),
  );
}

describe('lunrVectors', () => {
  it('equals lunr.Builder on the multilingual search fixture', () => {
    const docs = [...corpusFieldTerms(new Map(fixtureEvents.map((e) => [e.id, e])), fixtureTalks)];
    expect(docs.flat(2).length).toBeGreaterThan(100);
    expect(viaDirect(docs)).toEqual(viaBuilder(docs));
  });

  it('equals lunr.Builder on the real default corpus', () => {
    const corpus = buildCorpus(path.resolve('corpus'));
    const docs = [...corpusFieldTerms(new Map(corpus.events.map((e) => [e.id, e])), corpus.talks)];
    const direct = viaDirect(docs);
    expect(direct).toEqual(viaBuilder(docs));
    expect((direct.invertedIndex as unknown[]).length).toBeGreaterThan(1000);
  });

  it('equals lunr.Builder on edge cases: case, repeats, empty fields, number-like and prototype names', () => {
    const docs = [
      [['Kube', 'kube', 'KUBE'], [], ['42', '7', '42'], ['constructor', '__proto__', 'toString']],
      [[], [], [], []],
      [['kube'], ['ярослав'], ['网络', '络策'], ['42', 'kube', 'kube', 'kube', 'proxy']],
      [['proxy'], ['Ярослав'], [], ['hasOwnProperty', 'constructor', 'a', 'a', 'a', 'a', 'a']],
    ];
    const direct = viaDirect(docs);
    expect(direct).toEqual(viaBuilder(docs));
    // Not vacuous: scores differ by field boost, term frequency and field length.
    const scores = (direct.fieldVectors as Array<[string, number[]]>).flatMap(([, e]) =>
      e.filter((_, i) => i % 2 === 1),
    );
    expect(new Set(scores).size).toBeGreaterThan(5);
  });
});
