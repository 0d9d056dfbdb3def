/** Why a planned write did not commit, when that is the client's concern rather than a fault. */

/** The record changed (or came into being) after the version the client knew: HTTP 412 or 409. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
  constructor(readonly kind: string, readonly id: string) {
    super(`${kind} record "${id}" changed since the version the write expected`);
  }
}

/** A request with the same idempotency key committed first: its stored answer is the answer. */
export class IdempotencyReplayError extends Error {
  override readonly name = 'IdempotencyReplayError';
  constructor(readonly actor: string, readonly key: string) {
    super(`a request with idempotency key "${key}" was already answered`);
  }
}
