import { describe, expect, it } from 'vitest';
import { todoKeywords } from '../../../src/build/org/parse';

describe('todoKeywords', () => {
  it("adds a file's declared keywords to Org's defaults, without fast-access keys or the bar", () => {
    const text = '#+TODO: NEXT WAITING(w@/!) | DONE CANCELLED(c)\n#+seq_todo: IDEA\n* NEXT x\n';
    expect(todoKeywords(text)).toEqual(['TODO', 'DONE', 'NEXT', 'WAITING', 'CANCELLED', 'IDEA']);
  });

  it('is the defaults for a file that declares none', () => {
    expect(todoKeywords('* TODO x\n')).toEqual(['TODO', 'DONE']);
  });
});
