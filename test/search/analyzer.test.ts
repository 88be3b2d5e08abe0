import { describe, expect, it } from 'vitest';
import { analyze, indexTerms } from '../../src/search/analyzer';

const same = (a: string, b: string) => expect(indexTerms(a)).toEqual(indexTerms(b));

describe('analyzer', () => {
  it('stems Russian so inflections meet', () => {
    same('облака', 'облаков');
    same('развертывание', 'развертывания');
    expect(indexTerms('облака')).toEqual(['облак']);
  });

  it('stems English with lunr’s stemmer', () => {
    same('deployments', 'deploy');
    same('Kubernetes', 'kubernetes');
    expect(indexTerms('running tests')).toEqual(['run', 'test']);
  });

  it('drops stop words in both languages but keeps their offsets', () => {
    expect(indexTerms('the cloud and the rain')).toEqual(['cloud', 'rain']);
    expect(indexTerms('и облака')).toEqual(['облак']);
    const tokens = analyze('the cloud');
    expect(tokens[0]).toMatchObject({ term: 'the', indexTerm: null, start: 0, end: 3 });
  });

  it('leaves numbers and CJK bigrams unchanged', () => {
    expect(indexTerms('2016 网络策略')).toEqual(['2016', '网络', '络策', '策略']);
  });
});
