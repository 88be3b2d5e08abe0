/** The browser's own install offer (`beforeinstallprompt`, Chromium) as a hook. */
import { useEffect, useState } from 'preact/hooks';

/** The non-standard event Chromium fires when the app can be installed. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Returns a function that shows the install dialog while the browser offers one, else undefined. */
export function useInstallPrompt(): (() => Promise<void>) | undefined {
  const [offer, setOffer] = useState<BeforeInstallPromptEvent>();
  useEffect(() => {
    const keep = (event: Event) => {
      event.preventDefault(); // show our own button instead of the browser's mini-infobar
      setOffer(event as BeforeInstallPromptEvent);
    };
    const installed = () => setOffer(undefined);
    window.addEventListener('beforeinstallprompt', keep);
    window.addEventListener('appinstalled', installed);
    return () => {
      window.removeEventListener('beforeinstallprompt', keep);
      window.removeEventListener('appinstalled', installed);
    };
  }, []);
  if (!offer) return undefined;
  return async () => {
    await offer.prompt();
    await offer.userChoice;
    setOffer(undefined); // an offer can be used once
  };
}
