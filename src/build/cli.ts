/**
 * `npm run corpus -- [folder] [--out dir]`: builds a corpus folder into the app's JSON files and
 * prints the summary; exits 1 when no document could be read. The folder defaults to
 * TALKSHELF_CORPUS or corpus/, the output to dist-corpus/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveCorpusDir } from './corpus-dir';
import { emitCorpus } from './emit-corpus';
import { buildCorpus, EmptyCorpusError } from './pipeline';
import { formatSummary } from './summary';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outDir = path.resolve(outFlag >= 0 ? args[outFlag + 1] : 'dist-corpus');
const folderArg = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
const corpusDir = resolveCorpusDir(folderArg);

try {
  const started = performance.now();
  const data = buildCorpus(corpusDir);
  const emitted = emitCorpus(data);
  rmSync(path.join(outDir, 'data'), { recursive: true, force: true });
  let bytes = 0;
  for (const file of emitted.files) {
    const target = path.join(outDir, file.fileName);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.source);
    bytes += Buffer.byteLength(file.source);
  }
  console.log(formatSummary(data, corpusDir));
  const ms = Math.round(performance.now() - started);
  console.log(
    `  wrote ${emitted.files.length} files (${(bytes / 1024).toFixed(0)} KB) to ${outDir} in ${ms} ms; manifest ${emitted.manifestFileName}`,
  );
} catch (error) {
  if (error instanceof EmptyCorpusError) {
    console.error(`Talkshelf: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
