/**
 * The page's handle on the search worker. Keeps at most one search in flight and one waiting: a
 * waiting search replaced by a newer one resolves at once with no hits, so typing fast never queues.
 */
import type { SearchRequest, SearchResponse } from '../shared/search-types';
import type { FromWorker, ToWorker } from './worker-protocol';

/** A search connection; only the latest request's answer is meant to be shown. */
export interface SearchClient {
  search(req: SearchRequest): Promise<SearchResponse>;
  /** Loads ahead what a search for words starting as `text` ends will need (nothing answers). */
  warm(text: string): void;
  dispose(): void;
}

interface Waiting {
  req: SearchRequest;
  resolve: (res: SearchResponse) => void;
  reject: (err: Error) => void;
}

const nothing = (text: string): SearchResponse => ({ text, mode: 'none', hits: [], total: 0 });

/** Starts a search worker for the index whose manifest is at `manifestUrl` (absolute or page-relative). */
export function createSearchClient(manifestUrl: string): SearchClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const post = (msg: ToWorker) => worker.postMessage(msg);
  post({ type: 'init', manifestUrl: new URL(manifestUrl, location.href).href });

  let nextId = 1;
  let inFlight: (Waiting & { id: number }) | null = null;
  let queued: Waiting | null = null;

  const send = (w: Waiting) => {
    inFlight = { ...w, id: nextId++ };
    post({ type: 'search', id: inFlight.id, req: w.req });
  };

  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    if (!inFlight || msg.id !== inFlight.id) return;
    const done = inFlight;
    inFlight = null;
    if (msg.type === 'result') done.resolve(msg.res);
    else done.reject(new Error(msg.message));
    if (queued) {
      const next = queued;
      queued = null;
      send(next);
    }
  });
  worker.addEventListener('error', () => {
    inFlight?.reject(new Error('The search worker failed.'));
    inFlight = null;
    if (queued) {
      const next = queued;
      queued = null;
      send(next);
    }
  });

  return {
    search(req) {
      return new Promise((resolve, reject) => {
        const w = { req, resolve, reject };
        if (!inFlight) return send(w);
        queued?.resolve(nothing(queued.req.text));
        queued = w;
      });
    },
    warm(text) {
      post({ type: 'warm', text });
    },
    dispose() {
      worker.terminate();
      inFlight?.resolve(nothing(inFlight.req.text));
      queued?.resolve(nothing(queued.req.text));
      inFlight = queued = null;
    },
  };
}
