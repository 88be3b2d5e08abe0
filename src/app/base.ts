/** The app's base path (`/` or `/sub/path/`), and a context so the Node prerender can pass its own. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The base path this build was made for; `/` where Vite's env is absent. */
export const BASE: string = import.meta.env?.BASE_URL ?? '/';

/** Carries the base path to every link. */
export const BaseContext = createContext(BASE);

/** The base path links should start with. */
export function useBase(): string {
  return useContext(BaseContext);
}
