// Placeholder with the agreed signature; the reading-position work replaces this file.
/** A small "Read" mark shown in lists for talks read to the end. */
export function ReadMark(_props: { talkId: string }) {
  return null;
}
