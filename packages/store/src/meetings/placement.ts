/**
 * Who gets a place at a meeting: pure rules shared by registration and cancellation, so the
 * store's writes (one batch each) and their tests agree on the waiting list's order.
 */

/** The capacity a meeting's secretariat set; `perMember` null means no limit per organisation. */
export interface MeetingCapacity { total: number; perMember: number | null }

/** A live registration as the rules see it. */
export interface Placement { id: string; memberId: string; status: 'registered' | 'waiting'; position: number }

/** Whether a new registration for `memberId` gets a place now or goes on the waiting list. */
export function placeNew(capacity: MeetingCapacity, live: readonly Placement[], memberId: string): 'registered' | 'waiting' {
  const registered = live.filter((p) => p.status === 'registered');
  if (registered.length >= capacity.total) return 'waiting';
  const own = registered.filter((p) => p.memberId === memberId).length;
  return capacity.perMember !== null && own >= capacity.perMember ? 'waiting' : 'registered';
}

/**
 * The waiting registrations that get a place, in waiting-list order, once places free: each in
 * turn if the total and its organisation's share allow it (an organisation at its share is
 * skipped, not blocking those behind it).
 */
export function promotions(capacity: MeetingCapacity, live: readonly Placement[]): string[] {
  const registered = live.filter((p) => p.status === 'registered').map((p) => p.memberId);
  const waiting = live.filter((p) => p.status === 'waiting').sort((a, b) => a.position - b.position);
  const promoted: string[] = [];
  for (const p of waiting) {
    if (registered.length >= capacity.total) break;
    const own = registered.filter((m) => m === p.memberId).length;
    if (capacity.perMember !== null && own >= capacity.perMember) continue;
    registered.push(p.memberId);
    promoted.push(p.id);
  }
  return promoted;
}
