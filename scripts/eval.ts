/**
 * `npm run eval -- FOLDER LABELS`: builds FOLDER and prints, per labelled document and in total,
 * talks expected and found, title recall and precision, speaker recall, dated events, and titles
 * that are markup, separators or bare file names. `--quiet` prints the totals only.
 */
import { resolve } from 'node:path';
import { buildCorpus } from '../src/build/pipeline';
import { readLabels } from './eval/labels';
import { scoreDocuments, totals } from './eval/score';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--quiet');
if (args.length < 2) {
  console.error(
    'usage: npm run eval -- FOLDER LABELS [--quiet]   (LABELS: a JSON file or a folder of them)',
  );
  process.exit(2);
}
const [folder, labelPath] = args.map((a) => resolve(a));
const labels = readLabels(labelPath);
const started = performance.now();
const corpus = buildCorpus(folder);
const ms = performance.now() - started;
const scores = scoreDocuments(labels, corpus.events, corpus.talks);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (!quiet) {
  console.log('talks exp/found  titles  speakers  split  date  document');
  for (const s of scores) {
    const speakers = s.speakersExpected ? `${s.speakersFound}/${s.speakersExpected}` : '-';
    console.log(
      [
        `${String(s.expected).padStart(4)}/${String(s.found).padEnd(4)}`,
        `${String(s.titlesMatched).padStart(9)}`,
        speakers.padStart(8),
        (s.splitRight ? 'ok' : s.missing ? 'MISSING' : 'WRONG').padStart(6),
        (s.dated
          ? s.dateAgrees || !s.dateExpected
            ? 'yes'
            : 'diff'
          : s.dateExpected
            ? 'NO'
            : '-'
        ).padStart(5),
        ` ${s.path}${s.single ? ' (single)' : ''}  → "${s.eventTitle}"`,
      ].join(' '),
    );
  }
}
const t = totals(scores, corpus.events, corpus.talks);
console.log(
  `\n${corpus.events.length} events, ${corpus.talks.length} talks built in ${(ms / 1000).toFixed(1)} s; ${t.documents} labelled documents`,
);
console.log(`title recall        ${pct(t.titleRecall)}`);
console.log(`title precision     ${pct(t.titlePrecision)}`);
console.log(`speaker recall      ${pct(t.speakerRecall)}`);
console.log(`multi-talk split right ${pct(t.multiSplitRight)}`);
console.log(`singles kept whole  ${pct(t.singlesKeptWhole)} of ${t.singles}`);
console.log(
  `dated where given   ${pct(t.datedWhereGiven)} (same date as labelled: ${pct(t.dateAgreement)})`,
);
console.log(`junk titles         ${t.junkTitles.length}`);
for (const line of t.junkTitles.slice(0, 20)) console.log(`  ${line}`);
