/** A stored call as the API shows it: field by field from the public schema. */
import { Call } from '@thb/schema';
import { callPhase, type StoredCall } from '@thb/store/portal';

/** The call at the time `at`. */
export function toCallView(call: StoredCall, at: Date): Call {
  return Call.parse({
    id: call.id, title: call.title, text: call.text, criteria: call.criteria,
    opensAt: call.opensAt, closesAt: call.closesAt, timeZone: call.timeZone,
    phase: callPhase(call, at), createdAt: call.createdAt, updatedAt: call.updatedAt,
  });
}

/** The call's ETag: its id and revision. */
export const callETag = (call: StoredCall) => `"call-${call.id}-${call.revision}"`;

/** The revision an `If-Match` names for this call: a number, `'any'` for `*`, or undefined when it names another. */
export function ifMatchRevision(header: string, call: StoredCall): number | 'any' | undefined {
  if (header.trim() === '*') return 'any';
  const match = /^(?:W\/)?"call-([a-z0-9]+)-(\d+)"$/.exec(header.trim());
  return match && match[1] === call.id ? Number(match[2]) : undefined;
}
