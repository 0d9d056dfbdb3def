/** The loading, empty and error states every element shows the same way. */
import { html, type TemplateResult } from 'lit';
import type { Strings } from './strings.ts';
import type { CommonKey } from './common.strings.ts';

/** A polite "Loading…" with a spinner (still under reduced motion, the text says it all). */
export function loadingState(strings: Strings<CommonKey>): TemplateResult {
  return html`<div class="state" part="state loading" role="status"><span class="spinner" aria-hidden="true"></span>${strings.t('loading')}</div>`;
}

/** An error the visitor can do something about: a message and a "Try again" button. */
export function errorState(strings: Strings<CommonKey>, retry: () => void): TemplateResult {
  return html`<div class="state" part="state error" data-kind="error" role="alert">
    <p>${strings.t('error')}</p>
    <button type="button" part="button" @click=${retry}>${strings.t('retry')}</button>
  </div>`;
}

/** Nothing matched: a message and, optionally, ways out (e.g. buttons dropping a filter). */
export function emptyState(message: string, actions?: unknown): TemplateResult {
  return html`<div class="state" part="state empty" role="status"><p>${message}</p>${actions ?? ''}</div>`;
}
