import type { MemberFeatureProperties, MemberPoints } from '@thb/client';
import { describe, expect, it } from 'vitest';
import { diffMembers, distanceKm, matchingIndices, sortIndices } from './member-filters.ts';

const member = (id: string, patch: Partial<MemberFeatureProperties>) =>
  ({ id, name: id, city: 'X', country: 'DE', scope: 'national', focus: ['human-rights'], updatedAt: '2026-01-01T00:00:00Z', ...patch }) as MemberFeatureProperties;

const points: MemberPoints = {
  members: [
    member('a', { name: 'Ärzte gegen Menschenhandel', acronym: 'ÄgM', city: 'Berlin', focus: ['victim-protection', 'labour-exploitation'] }),
    member('b', { name: 'La Strada', country: 'NL', city: 'Amsterdam', scope: 'international', focus: ['victim-protection'] }),
    member('c', { name: 'Ban Ying', city: 'Berlin', scope: 'local', focus: ['women-rights'] }),
    member('d', { name: 'Caritas Lisboa', country: 'PT', city: 'Lisboa', scope: 'local', focus: ['migrant-rights'] }),
  ],
  coordinates: Float64Array.from([13.4, 52.52, 4.9, 52.37, 13.41, 52.5, -9.14, 38.72]),
};

describe('member filters', () => {
  it('filters by country, focus and scope together', () => {
    expect(matchingIndices(points, { country: 'DE' })).toEqual([0, 2]);
    expect(matchingIndices(points, { focusArea: 'victim-protection' })).toEqual([0, 1]);
    expect(matchingIndices(points, { country: 'DE', focusArea: 'victim-protection', scope: 'national' })).toEqual([0]);
    expect(matchingIndices(points, {})).toEqual([0, 1, 2, 3]);
  });

  it('searches names, acronyms and cities without caring about case or accents', () => {
    expect(matchingIndices(points, { q: 'arzte' })).toEqual([0]);
    expect(matchingIndices(points, { q: 'AGM' })).toEqual([0]);
    expect(matchingIndices(points, { q: 'berlin ban' })).toEqual([2]);
    expect(matchingIndices(points, { q: 'nowhere' })).toEqual([]);
  });

  it('keeps the API’s name order, or sorts by distance from the visitor', () => {
    expect(sortIndices(points, [0, 2, 3])).toEqual([0, 2, 3]);
    // From Lisbon: Lisbon, Amsterdam, then Ban Ying (52.50°N) just before Ärzte (52.52°N) in Berlin.
    expect(sortIndices(points, [0, 1, 2, 3], [-9, 38.7]).map((i) => points.members[i]!.id)).toEqual(['d', 'b', 'c', 'a']);
    expect(Math.round(distanceKm([13.4, 52.52], [2.35, 48.86]))).toBe(877);
  });

  it('tells new, changed and removed members apart', () => {
    const after: MemberPoints = {
      members: [points.members[0]!, { ...points.members[1]!, updatedAt: '2026-02-01T00:00:00Z' }, member('e', {})],
      coordinates: new Float64Array(6),
    };
    expect(diffMembers(points, after)).toEqual({ added: ['e'], changed: ['b'], removed: ['c', 'd'] });
  });
});
