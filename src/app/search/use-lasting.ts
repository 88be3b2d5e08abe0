/** A flag that turns on only once its condition has held for a while. */
import { useEffect, useState } from 'preact/hooks';

/**
 * True once `on` has stayed true for `ms`; false as soon as it is false. For showing that a wait
 * is long (dimming results) without touching the page for the quick ones: a style that changes
 * and changes back on every keystroke repaints what it styles twice.
 */
export function useLasting(on: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    if (!on) {
      setLasting(false);
      return;
    }
    const timer = setTimeout(() => setLasting(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return on && lasting;
}
