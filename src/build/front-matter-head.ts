/** Front matter as every reader with it reads it (Markdown, HTML): broken YAML is a warning, never a failure. */
import { parseFrontMatter, splitFrontMatter } from './front-matter';

/** The front matter mapping (empty when none or broken), the body, and any warning. */
export function readFrontMatter(text: string): {
  data: Record<string, unknown>;
  body: string;
  hasFrontMatter: boolean;
  warnings: string[];
} {
  const split = splitFrontMatter(text);
  const warnings: string[] = [];
  let data: Record<string, unknown> = {};
  if (split.raw !== undefined && split.format) {
    try {
      data = parseFrontMatter(split.raw, split.format);
    } catch (error) {
      warnings.push(
        `${error instanceof Error ? error.message : String(error)}; the body was read without it`,
      );
    }
  }
  return { data, body: split.body, hasFrontMatter: split.raw !== undefined, warnings };
}
