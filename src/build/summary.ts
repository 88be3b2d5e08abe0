/** The build's report: documents, talks, languages, and every file that was skipped or needed a fix. */
import type { BuiltCorpusData } from './pipeline';

/** Counts a summary states, for printing and for tests. */
export interface SummaryCounts {
  files: number;
  documents: number;
  talks: number;
  languages: Record<string, number>;
  skipped: number;
  warnings: number;
}

/** The counts behind the summary of a built corpus. */
export function summaryCounts(data: BuiltCorpusData): SummaryCounts {
  const languages: Record<string, number> = {};
  for (const talk of data.talks) languages[talk.language] = (languages[talk.language] ?? 0) + 1;
  return {
    files: data.fileCount,
    documents: data.events.length,
    talks: data.talks.length,
    languages,
    skipped: data.warnings.filter((w) => w.severity === 'skipped').length,
    warnings: data.warnings.filter((w) => w.severity === 'warning').length,
  };
}

/** The summary as lines of text: totals first, then each skipped file and each warning by name. */
export function formatSummary(data: BuiltCorpusData, corpusDir: string): string {
  const counts = summaryCounts(data);
  const languages = Object.entries(counts.languages)
    .sort((a, b) => b[1] - a[1])
    .map(([language, n]) => `${language} ${n}`)
    .join(', ');
  const lines = [
    `Talkshelf corpus (${corpusDir}): ${counts.documents} documents of ${counts.files} files, ${counts.talks} talks`,
    `  languages: ${languages || 'none'}`,
    `  skipped: ${counts.skipped}, warnings: ${counts.warnings}`,
  ];
  for (const warning of data.warnings) {
    const mark = warning.severity === 'skipped' ? 'skipped' : 'warning';
    lines.push(`  ${mark}: ${warning.file}: ${warning.reason}`);
  }
  return lines.join('\n');
}
