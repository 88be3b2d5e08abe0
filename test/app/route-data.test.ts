import { describe, expect, it } from 'vitest';
import { keyForUrl } from '../../src/app/routes/route-data';

describe('keyForUrl', () => {
  it('maps home, event and talk URLs under the base to their page keys', () => {
    expect(keyForUrl('/sub/', '/sub/')).toBe('home');
    expect(keyForUrl('/sub/events/ep-1/', '/sub/')).toBe('event:ep-1');
    expect(keyForUrl('/sub/events/ep-1/intro/?x=1', '/sub/')).toBe('talk:ep-1/intro');
    expect(keyForUrl('/events/%D0%B0/b/', '/')).toBe('talk:а/b');
  });

  it('gives no key for other pages', () => {
    expect(keyForUrl('/sub/about/', '/sub/')).toBeUndefined();
    expect(keyForUrl('/sub/events/a/b/c/', '/sub/')).toBeUndefined();
    expect(keyForUrl('/other/', '/sub/')).toBeUndefined();
  });
});
