/** Normalising the public base path given to the build (TALKSHELF_BASE). */

/** Returns `raw` as a path with a leading and a trailing `/` (`/` when empty), e.g. `talkshelf` → `/talkshelf/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
