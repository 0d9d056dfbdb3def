import { describe, expect, it } from 'vitest';
import { placeNew, promotions, type Placement } from './placement.ts';

const p = (id: string, memberId: string, status: Placement['status'], position: number): Placement => ({ id, memberId, status, position });

describe('meeting places', () => {
  it('puts a registration past the total or the organisation share on the waiting list', () => {
    const live = [p('a', 'm1', 'registered', 1), p('b', 'm2', 'registered', 2)];
    expect(placeNew({ total: 3, perMember: 1 }, live, 'm1')).toBe('waiting');
    expect(placeNew({ total: 3, perMember: 1 }, live, 'm3')).toBe('registered');
    expect(placeNew({ total: 2, perMember: null }, live, 'm3')).toBe('waiting');
  });

  it('promotes the waiting list in order, skipping an organisation at its share', () => {
    const live = [p('a', 'm1', 'registered', 1), p('w1', 'm1', 'waiting', 3), p('w2', 'm2', 'waiting', 4), p('w3', 'm3', 'waiting', 5)];
    expect(promotions({ total: 3, perMember: 1 }, live)).toEqual(['w2', 'w3']);
    expect(promotions({ total: 2, perMember: null }, live)).toEqual(['w1']);
  });
});
