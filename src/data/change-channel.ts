/**
 * Tells this tab and every other open tab of the app that reader data changed, so lists and
 * toggles refresh without a reload. BroadcastChannel where it exists, else the `storage` event.
 */

/** Which kind of reader data changed. */
export type ChangeTopic = 'bookmarks' | 'positions' | 'settings';

/** Name of the app-wide BroadcastChannel (other modules may share it with other message types). */
export const CHANNEL_NAME = 'talkshelf';
const STORAGE_KEY = 'talkshelf:change';
const TOPICS: readonly ChangeTopic[] = ['bookmarks', 'positions', 'settings'];

interface ChangeMessage {
  type: 'reader-data-changed';
  topic: ChangeTopic;
}

type Listener = (topic: ChangeTopic) => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;
let listening = false;

function isChangeMessage(data: unknown): data is ChangeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<ChangeMessage>;
  return message.type === 'reader-data-changed' && TOPICS.includes(message.topic as ChangeTopic);
}

function deliver(topic: ChangeTopic): void {
  for (const listener of listeners) listener(topic);
}

function listenToOtherTabs(): void {
  if (listening) return;
  listening = true;
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    channel.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isChangeMessage(event.data)) deliver(event.data.topic);
    });
  } else if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY || !event.newValue) return;
      try {
        const data: unknown = JSON.parse(event.newValue);
        if (isChangeMessage(data)) deliver(data.topic);
      } catch {
        // another writer's junk under our key: ignore
      }
    });
  }
}

/** Subscribes to changes made in this tab or another; returns an unsubscribe. */
export function onReaderDataChange(listener: Listener): () => void {
  listenToOtherTabs();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a change to this tab's listeners and to the other tabs. */
export function announceChange(topic: ChangeTopic): void {
  listenToOtherTabs();
  deliver(topic);
  const message: ChangeMessage = { type: 'reader-data-changed', topic };
  if (channel) {
    channel.postMessage(message);
    return;
  }
  try {
    // A nonce makes every write a change, so the storage event fires even for repeats.
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...message, nonce: Math.random() }));
  } catch {
    // no localStorage (private mode): other tabs refresh on their next load
  }
}
