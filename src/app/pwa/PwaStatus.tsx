// Placeholder with the agreed signature; the PWA work replaces this file.
/** Service-worker notices (offline-ready, update available), the online/offline indicator and install prompts. */
export function PwaStatus() {
  return null;
}
