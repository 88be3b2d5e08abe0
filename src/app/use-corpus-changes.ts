/** Re-running effects when the corpus read changes (a new version) or what the device stores of it. */
import { useEffect, useState } from 'preact/hooks';
import { corpusChangeKey, corpusState, onCorpusState } from '../data/corpus-state';

/** A value that changes with the corpus version or its stored records, for effects to depend on. */
export function useCorpusChanges(): string {
  const [key, setKey] = useState(() => corpusChangeKey(corpusState()));
  useEffect(() => onCorpusState((state) => setKey(corpusChangeKey(state))), []);
  return key;
}
