/**
 * A Lit reactive controller that observes one query while its element is connected: the
 * element re-renders when the result changes and stops listening (and polling) when removed.
 */
import { QueryObserver, type QueryClient, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiQueryOptions } from '../queries.ts';

/**
 * Observes the query that `options()` describes; the options are read again before every
 * update, so a changed filter property switches the query.
 * @example
 * members = new QueryController(this, pageQueryClient, () => apiQuery(api, '/v1/members', { country: this.country }));
 * render() { return this.members.result?.data?.items.map(…) }
 */
export class QueryController<T> implements ReactiveController {
  /** The latest result; `undefined` until the host first connects. */
  result?: QueryObserverResult<T, Error>;
  #observer?: QueryObserver<T, Error, T, T, readonly unknown[]>;
  #unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => QueryClient,
    private readonly options: () => ApiQueryOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const options = this.options();
    if (this.#observer) this.#observer.setOptions(options);
    else this.#observer = new QueryObserver(this.client(), options);
    this.#unsubscribe = this.#observer.subscribe((result) => {
      this.result = result;
      this.host.requestUpdate();
    });
    this.result = this.#observer.getCurrentResult();
  }

  hostUpdate(): void {
    if (!this.#unsubscribe) return;
    this.#observer!.setOptions(this.options());
    this.result = this.#observer!.getCurrentResult();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Fetches again now, e.g. from a "Try again" button. */
  refetch(): void {
    void this.#observer?.refetch();
  }
}
