/** What the reading bar in the page header knows of the talk on screen: set by the talk page. */

/** The talk being read: its reading time, and the search terms its URL asks to highlight. */
export interface ReadingInfo {
  talkId: string;
  minutes: number;
  terms: string[];
}

let current: ReadingInfo | undefined;
const listeners = new Set<() => void>();

/** The talk being read, if any. */
export function readingInfo(): ReadingInfo | undefined {
  return current;
}

/** Sets (or clears) the talk being read and tells the bar. */
export function setReadingInfo(info: ReadingInfo | undefined): void {
  current = info;
  for (const listener of [...listeners]) listener();
}

/** Subscribes to changes; returns an unsubscribe. */
export function onReadingInfo(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
