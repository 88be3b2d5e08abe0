/**
 * The app's notices about the service worker and installing: "Ready to read offline", "Update
 * available" (applied only on the reader's click), an offline indicator, an Install button when
 * the browser offers one, and the iOS "Add to Home Screen" hint. Mounted once by the app.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  applyUpdate,
  dismissOfflineReady,
  onWorkerState,
  startServiceWorker,
  type WorkerState,
} from '../sw-bridge';
import { AUTO_OFFLINE_BYTES, offerOfflineCopy, startOfflineCopy } from '../../data/offline-copy';
import { formatBytes, formatCount } from '../format';
import { useOfflineCopy } from '../offline/use-offline-copy';
import { dismissIosHint, iosHintWanted, isIosSafariBrowser } from './ios-hint';
import { restoreScroll } from './keep-scroll';
import { useInstallPrompt } from './use-install-prompt';
import { useOnline } from './use-online';
import './pwa-status.css';

/** Returns true once mounted in a browser where the iOS hint applies and was not dismissed. */
function useIosHint(): [boolean, () => void] {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const standalone = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
    setShow(isIosSafariBrowser(navigator, standalone) && iosHintWanted());
  }, []);
  return [
    show,
    () => {
      dismissIosHint();
      setShow(false);
    },
  ];
}

/** Service-worker notices (offline-ready, update available), the online/offline indicator and install prompts. */
export function PwaStatus() {
  const [worker, setWorker] = useState<WorkerState>({
    offlineReady: false,
    updateWaiting: false,
    offlineFilesMissing: 0,
  });
  const online = useOnline();
  const install = useInstallPrompt();
  const [iosHint, closeIosHint] = useIosHint();
  const copy = useOfflineCopy();
  const [offerClosed, setOfferClosed] = useState(false);

  useEffect(() => {
    restoreScroll();
    startServiceWorker();
    // Installing the app says the reader means to use it anywhere: save the library then.
    window.addEventListener('appinstalled', offerOfflineCopy);
    const off = onWorkerState(setWorker);
    return () => {
      off();
      window.removeEventListener('appinstalled', offerOfflineCopy);
    };
  }, []);
  // Ready offline: the app shell is cached (this session's first activation, or already in
  // control) and the library finished saving during this session.
  const shellOffline =
    worker.offlineReady ||
    (typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller);
  const offlineReady = copy.completedNow && shellOffline && !worker.readyDismissed;
  // A library too big to save by itself: offered once the app shell works offline.
  const offer =
    worker.offlineReady &&
    !offerClosed &&
    copy.phase === 'none' &&
    !copy.declined &&
    copy.totalBytes > AUTO_OFFLINE_BYTES;

  return (
    <div class="pwa-status" role="status" aria-live="polite">
      {!online && (
        <p class="pwa-badge pwa-offline">
          <span aria-hidden="true">●</span> Offline: reading from this device
        </p>
      )}
      {worker.offlineFilesMissing > 0 && (
        <div class="pwa-notice pwa-missing">
          <p>
            The browser removed {worker.offlineFilesMissing} of the files Talkshelf keeps for
            offline reading. Pages not opened before may not open offline; they are fetched again as
            soon as you are back online.
          </p>
        </div>
      )}
      {worker.updateWaiting && (
        <div class="pwa-notice">
          <p>Update available: a new version of Talkshelf is ready.</p>
          <button type="button" class="pwa-primary" onClick={applyUpdate}>
            Update now
          </button>
        </div>
      )}
      {offer && !worker.updateWaiting && (
        <div class="pwa-notice pwa-offer">
          <p>{`Read all ${formatCount(copy.totalTalks)} talks offline? (${formatBytes(copy.totalBytes)})`}</p>
          <button type="button" class="pwa-primary" onClick={() => void startOfflineCopy()}>
            Save offline
          </button>
          <button type="button" onClick={() => setOfferClosed(true)}>
            Not now
          </button>
        </div>
      )}
      {offlineReady && !worker.updateWaiting && (
        <div class="pwa-notice">
          <p>Ready to read offline: every talk is now saved on this device.</p>
          <button type="button" onClick={dismissOfflineReady}>
            OK
          </button>
        </div>
      )}
      {install && (
        <div class="pwa-notice">
          <p>Install Talkshelf to read without a browser tab.</p>
          <button type="button" class="pwa-primary" onClick={() => void install()}>
            Install
          </button>
        </div>
      )}
      {iosHint && (
        <div class="pwa-notice">
          <p>
            To install Talkshelf, tap <strong>Share</strong> <span aria-hidden="true">⎋</span> then{' '}
            <strong>Add to Home Screen</strong>.
          </p>
          <button type="button" onClick={closeIosHint} aria-label="Dismiss the install hint">
            Not now
          </button>
        </div>
      )}
    </div>
  );
}
