/** Hand labels of real documents (see test/labels/README.md), read from one JSON file or a folder of them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled talk: its title and the speakers' names. */
export interface LabelledTalk {
  title: string;
  speakers: string[];
}

/** One labelled document: its event title and date, and its talks (none listed when it is a single article). */
export interface LabelledDocument {
  path: string;
  title: string;
  date: string | null;
  single: boolean;
  talks: LabelledTalk[];
}

/** Every labelled document under `path` (a `.json` file, or a folder of them, sorted by name). */
export function readLabels(path: string): LabelledDocument[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(path, name))
    : [path];
  return files.flatMap((file) => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { documents?: LabelledDocument[] };
    if (!Array.isArray(data.documents)) throw new Error(`${file}: no "documents" array`);
    return data.documents.map((doc) => ({
      ...doc,
      single: Boolean(doc.single) || (doc.talks ?? []).length === 0,
      talks: (doc.talks ?? []).map((t) => ({ title: t.title, speakers: t.speakers ?? [] })),
    }));
  });
}
