/** Persistent-storage requests and usage figures, for the loader and the about page. */

/** How the browser treats Talkshelf's storage; `undefined` where the browser cannot say. */
export interface StorageStatus {
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks once for persistent storage (so the offline corpus is not evicted); resolves to whether it is granted. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

/** Resolves to whether storage is persistent and how much is used of the quota. */
export async function storageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return {};
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => undefined),
    storage.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Bytes of the app's own cached files (scripts, styles, icons, visited pages): every cache but the search index's. */
export async function shellCacheBytes(searchCache: string): Promise<number | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    let bytes = 0;
    for (const name of await caches.keys()) {
      if (name === searchCache) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        bytes += (await (await cache.match(request))?.blob())?.size ?? 0;
      }
    }
    return bytes;
  } catch {
    return undefined;
  }
}
