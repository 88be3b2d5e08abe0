/** Which of some talk ids the current corpus still holds, re-checked when a new corpus is stored. */
import { useEffect, useState } from 'preact/hooks';
import { getTalks } from '../../data/corpus-store';
import type { TalkRecord } from '../../shared/types';
import { useCorpusChanges } from '../use-corpus-changes';

/** A map from id to talk for the ids still in the corpus; undefined while looking them up. */
export function usePresentTalks(ids: readonly string[]): Map<string, TalkRecord> | undefined {
  const [present, setPresent] = useState<Map<string, TalkRecord>>();
  const corpusChanges = useCorpusChanges();
  const key = ids.join('\n');

  useEffect(() => {
    let current = true;
    getTalks([...ids]).then(
      (talks) => current && setPresent(new Map(talks.map((t) => [t.id, t]))),
      // No corpus at all (offline first visit): show every bookmark from its snapshot.
      () => current && setPresent(new Map()),
    );
    return () => {
      current = false;
    };
  }, [key, corpusChanges]); // `key` stands for `ids`, compared by value

  return present;
}
