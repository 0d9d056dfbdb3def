/** `<thb-quick-exit>`: a way off the page for a visitor who may be watched. */
import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ThbElement } from '../internal/thb-element.ts';
import { exitUrl, leavePage } from './leave-page.ts';
import { quickExitStyles } from './quick-exit.styles.ts';
import { quickExitStrings, type QuickExitKey } from './quick-exit.strings.ts';
import { pageShiftPresses, SHIFT_PRESSES } from './shift-presses.ts';

/**
 * "Leave this page quickly", the safety feature of victim-support sites. Always on screen in
 * the top corner, one tap, and the first stop of the Tab key: when connected it moves itself
 * to the start of `<body>`, before any skip link, so that the first Tab reaches it. Shift
 * pressed three times within two seconds, anywhere on the page, leaves too, with the progress
 * shown on the button (Escape never does). Leaving blanks the page at once, forgets what the
 * widgets keep (the chat's conversation), and replaces the page with `exit-url`, so Back does
 * not return to it. `<thb-chat>` adds one to the page when there is none.
 *
 * @summary Quick-exit button, fixed in the corner and first in the tab order; also Shift three times.
 * @attr exit-url - Where the exit goes: an absolute http(s) URL. Default: `https://www.google.com/`.
 * @attr inline - Stay where placed, in the flow of the page, instead of fixed in the corner and first in the tab order (as inside the chat's panel).
 * @fires {ThbExitEvent} thb-exit - The visitor is leaving, just before the page is replaced; `detail` is `{ url }`.
 * @csspart base - The element's frame.
 * @csspart button - The exit button.
 * @csspart progress - The three marks on the button that fill as Shift is pressed.
 * @csspart hint - "or press Shift 3 times", shown while the button has focus or the pointer.
 */
export class ThbQuickExit extends ThbElement<QuickExitKey> {
  static override properties: PropertyDeclarations = {
    exitUrl: { attribute: 'exit-url' },
    inline: { type: Boolean, reflect: true },
  };
  static override styles = [...ThbElement.styles, quickExitStyles];
  // focus() on the element focuses its button: the chat's panel moves focus that way.
  static override shadowRootOptions: ShadowRootInit = { ...ThbElement.shadowRootOptions, delegatesFocus: true };

  declare exitUrl: string | undefined;
  declare inline: boolean;

  // The way out must be on screen at once: English until the page's language is in.
  protected override readonly rendersBeforeStrings = true;
  #count = 0;
  #stopCounting?: () => void;

  constructor() {
    super(quickExitStrings);
    this.inline = false;
  }

  override connectedCallback(): void {
    // Tab order follows the document, and shadow content sits where its host is: only a host
    // at the very start of <body> is reached by the first Tab. Moving reconnects this element,
    // and that nested connectedCallback does the set-up.
    const body = document.body as HTMLElement | null;
    if (!this.inline && body && body.firstElementChild !== this) {
      body.prepend(this);
      return;
    }
    super.connectedCallback();
    this.#stopCounting = pageShiftPresses().subscribe({
      progress: (count) => {
        this.#count = count;
        this.requestUpdate();
      },
      exit: () => this.leave(),
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopCounting?.();
    this.#stopCounting = undefined;
  }

  /** Blanks the page, forgets what the widgets keep and replaces the page with the exit URL. */
  leave(): void {
    leavePage(exitUrl(this.exitUrl), this);
  }

  override render(): TemplateResult {
    const { t, plural, lang } = this.strings;
    const count = this.#count;
    const marks = Array.from({ length: SHIFT_PRESSES }, (_, i) => html`<span class="pip" ?data-on=${i < count}></span>`);
    const button = html`<button type="button" class="exit" part="button" aria-describedby="hint" @click=${() => this.leave()}>
      <span>${t('exit')}</span><span class="pips" part="progress" aria-hidden="true">${marks}</span>
    </button>
    <span id="hint" class=${this.inline ? 'sr-only' : 'hint'} part="hint">${t('hint')}</span>`;
    if (this.inline) return html`<span class="root" part="base" lang=${lang}>${button}</span>`;
    // The fixed exit sits outside the page's landmarks, so it is a labelled region of its own;
    // it alone announces the count, so a second exit inside the chat does not repeat it.
    return html`<section class="root fixed" part="base" lang=${lang} aria-label=${t('region')} ?data-counting=${count > 0}>
      ${button}<span class="sr-only" role="status">${count ? plural('progress', SHIFT_PRESSES - count) : ''}</span>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'thb-quick-exit': ThbQuickExit;
  }
}
