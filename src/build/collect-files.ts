/** Finds and reads every file of a corpus folder, recursively, in a stable order. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file's bytes, or why they could not be had. */
export type CollectedFile =
  { path: string; bytes: Uint8Array; mtimeMs: number } | { path: string; error: string };

/** Larger files are reported and skipped: notes are kilobytes, a many-megabyte file is not notes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Every non-hidden file below `dir`, sorted by relative path (with `/`), read or with the reason it was not. */
export function collectFiles(dir: string): CollectedFile[] {
  const out: CollectedFile[] = [];
  const root = realpathSync(dir);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      const rel = path.relative(dir, full).split(path.sep).join('/');
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(readOne(full, rel));
      else if (entry.isSymbolicLink()) out.push(readLink(full, rel, root));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A symbolic link is read only when it leads to a file inside the corpus folder: the folder is a boundary, so nothing private beside it can be published. */
function readLink(full: string, rel: string, root: string): CollectedFile {
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    return { path: rel, error: 'a symbolic link to nothing (not followed)' };
  }
  if (target !== root && !target.startsWith(root + path.sep))
    return { path: rel, error: 'a symbolic link to outside the corpus folder (not followed)' };
  return readOne(target, rel);
}

function readOne(full: string, rel: string): CollectedFile {
  try {
    const stat = statSync(full);
    if (!stat.isFile()) return { path: rel, error: 'not a regular file' };
    if (stat.size > MAX_FILE_BYTES) {
      const mb = (stat.size / 1024 / 1024).toFixed(1);
      return {
        path: rel,
        error: `too large (${mb} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
      };
    }
    return { path: rel, bytes: readFileSync(full), mtimeMs: stat.mtimeMs };
  } catch (error) {
    return {
      path: rel,
      error: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}
