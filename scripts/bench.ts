/**
 * `npm run bench`: prints the figures the issues set goals for. Corpus build: the default corpus,
 * ../shared/scale-corpus and a ten-times copy of it (documents, talks, median ms, output bytes).
 * Medians over repeated runs; compare ratios within one run, not across machines.
 */
import path from 'node:path';
import { benchCorpus, multiplyCorpus } from './bench/corpus';
import { kb, printTable } from './bench/stats';

const SCALE = path.resolve(process.env.TALKSHELF_SCALE_CORPUS ?? '../shared/scale-corpus');
const WORK = path.resolve('.bench');

const corpora = [
  benchCorpus('default', path.resolve('corpus')),
  benchCorpus('scale ×1', SCALE),
  benchCorpus('scale ×10', multiplyCorpus(SCALE, 10, path.join(WORK, 'scale-x10')), 3),
];

const perDoc = corpora.map((c) => c.medianMs / c.documents);
printTable(
  'Corpus build (parse + index + emit, median of 3 runs)',
  corpora.map((c, i) => ({
    corpus: c.label,
    documents: c.documents,
    talks: c.talks,
    skipped: c.skipped,
    'median ms': Math.round(c.medianMs),
    'ms/doc': perDoc[i].toFixed(2),
    'output raw': kb(c.rawBytes),
    'output gzip': kb(c.gzipBytes),
  })),
);
console.log(
  `  growth: ×10 documents took ×${(corpora[2].medianMs / corpora[1].medianMs).toFixed(1)} the time (linear ≈ ×10); goal: ×10 under 10,000 ms`,
);
