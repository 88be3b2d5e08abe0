/** lunr with the Russian stemmer registered: the single place that wires lunr-languages in. */
import lunr from 'lunr';
// lunr-languages ships no types: each module is a UMD function taking the lunr object.
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import russian from 'lunr-languages/lunr.ru.js';

/** The pieces of lunr.ru this app uses. */
interface LunrRussian {
  stemmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
}

const withLanguages = lunr as typeof lunr & { ru?: LunrRussian };
if (!withLanguages.ru) {
  (stemmerSupport as (l: typeof lunr) => void)(lunr);
  (russian as (l: typeof lunr) => void)(lunr);
}

/** lunr itself, for building and loading indexes. */
export { lunr };

/** lunr-languages' Russian stemmer and stop word filter. */
export const lunrRu = withLanguages.ru as LunrRussian;

// @types/lunr declares these statics as instance methods and omits Index#tokenSet.
interface TokenSetStatics {
  fromArray(sortedTerms: string[]): lunr.TokenSet;
  fromString(text: string): lunr.TokenSet;
}

/** lunr.TokenSet's static constructors, correctly typed. */
export const TokenSets = lunr.TokenSet as unknown as TokenSetStatics;
