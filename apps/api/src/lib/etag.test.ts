import { describe, expect, it } from 'vitest';
import { canonicalQuery, hashString, ifNoneMatchMatches, strongETag } from './etag.ts';

describe('strongETag', () => {
  it('changes with the data version and with the request', () => {
    const base = strongETag(1, '/v1/members?{}|en');
    expect(base).toMatch(/^"v1-[0-9a-z]+"$/);
    expect(strongETag(2, '/v1/members?{}|en')).not.toBe(base);
    expect(strongETag(1, '/v1/members?{}|de')).not.toBe(base);
    expect(strongETag(1, '/v1/members?{}|en')).toBe(base);
  });
  it('hashes long keys without collisions among near-identical ones', () => {
    const tags = new Set(Array.from({ length: 5000 }, (_, i) => hashString(`/v1/resources?page=${i}`)));
    expect(tags.size).toBe(5000);
  });
});

describe('ifNoneMatchMatches', () => {
  const etag = '"v3-abc"';
  it('matches the exact tag, a tag in a list, a weak form, and *', () => {
    expect(ifNoneMatchMatches('"v3-abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches('"x", "v3-abc" ,"y"', etag)).toBe(true);
    expect(ifNoneMatchMatches('W/"v3-abc"', etag)).toBe(true);
    expect(ifNoneMatchMatches('*', etag)).toBe(true);
  });
  it('does not match other tags, an empty header or an unquoted tag', () => {
    expect(ifNoneMatchMatches('"v2-abc"', etag)).toBe(false);
    expect(ifNoneMatchMatches('', etag)).toBe(false);
    expect(ifNoneMatchMatches(null, etag)).toBe(false);
    expect(ifNoneMatchMatches('v3-abc', etag)).toBe(false);
  });
});

describe('canonicalQuery', () => {
  it('ignores parameter order', () => {
    expect(canonicalQuery({ page: 1, country: 'DE' })).toBe(canonicalQuery({ country: 'DE', page: 1 }));
  });
});
