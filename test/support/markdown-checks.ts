/**
 * What a clean read of a markdown post means, shared by the unit fixtures and the scale corpus:
 * every file detected and read into talks with blocks, no template marker or raw HTML left in
 * text, only template markers gone from code, and only http(s) and mailto links.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src/build/model';
import { markdownReaders } from '../../src/build/readers/index-markdown';
import { inlineTexts, linkHrefs, walkBlocks } from '../build/block-walk';

/** Markers that must never reach a reader as text. */
export const FORBIDDEN_IN_TEXT = ['{{<', '{{%', '{%', '<div', '<script', '<iframe'];
// code blocks show source as text, safely: only template markers must be gone there
const FORBIDDEN_IN_CODE = ['{{<', '{{%', '{%'];

/** Every markdown file under `root`, by path relative to it, read as UTF-8, sorted. */
export function markdownFiles(root: string): SourceFile[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => /\.(md|markdown)$/.test(p))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** The problems of reading `files` with the most confident markdown reader, one line each; [] when all read clean. */
export function markdownReadProblems(files: SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const reader = [...markdownReaders].sort((a, b) => b.detect(file) - a.detect(file))[0]!;
    if (reader.detect(file) === 0) {
      problems.push(`${file.path}: not detected`);
      continue;
    }
    const doc = reader.read(file);
    if (!doc.title) problems.push(`${file.path}: no title`);
    if (doc.talks.length === 0) problems.push(`${file.path}: no talk`);
    const blocks = [...doc.description, ...doc.talks.flatMap((t) => t.blocks)];
    for (const talk of doc.talks)
      if (talk.blocks.length === 0) problems.push(`${file.path}: empty talk ${talk.title}`);
    for (const text of [...inlineTexts(blocks), doc.title, ...doc.talks.map((t) => t.title)])
      for (const bad of FORBIDDEN_IN_TEXT)
        if (text.includes(bad)) problems.push(`${file.path}: ${bad} in ${text.slice(0, 80)}`);
    walkBlocks(blocks, (block) => {
      if (block.kind !== 'code') return;
      for (const bad of FORBIDDEN_IN_CODE)
        if (block.text.includes(bad)) problems.push(`${file.path}: ${bad} in code`);
    });
    for (const href of linkHrefs(blocks))
      if (!/^(https?:\/\/|mailto:)/.test(href)) problems.push(`${file.path}: link ${href}`);
  }
  return problems;
}
