// Placeholder with the agreed signature; the reading-position work replaces this file.
/** Restores the talk's saved scroll position once `ready`, then records progress while reading. */
export function useReadingPosition(_talkId: string, _ready: boolean): void {}
