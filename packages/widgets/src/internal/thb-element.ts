/**
 * The base class of every THB element: the shared `api`, `lang` and `theme` attributes, the
 * page's query client, the string catalogue and the theme tokens. Elements extend this, never
 * LitElement directly, so a future `<thb-chat>` gets the same attributes and theming for free.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { apiClient, pageQueryClient, type ApiClient, type ApiQueryOptions } from '@thb/client';
import { QueryController } from '@thb/client/lit';
import type { EuLanguage } from '@thb/schema/enums';
import { isEuLanguage, primaryLanguage } from '@thb/schema/localized';
import { pageLanguage, watchPageLanguage } from './html-lang.ts';
import { loadLanguage, stringsFor, type Catalogue, type Strings } from './strings.ts';
import { themeStyles } from './theme.styles.ts';

/** The origin this script was served from: the API that serves `/widgets/` serves the data too. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * Base class of the THB elements.
 * @attr api - Base URL of the THB API. Default: the origin the widget script was loaded from.
 * @attr lang - Language of the interface and the data (BCP 47). Default: the page's `<html lang>`.
 * @attr theme - `light` or `dark` to override the visitor's `prefers-color-scheme`.
 * @attr heading-level - Level (1–6) of the element's own headings, to fit the page's outline. Default: 2.
 * @cssproperty --thb-font-family - Typeface. Default: the system UI font.
 * @cssproperty --thb-font-size - Base text size. Default: the visitor's default size (`medium`).
 * @cssproperty --thb-color-text - Text colour.
 * @cssproperty --thb-color-muted - Secondary text colour (at least 4.5:1 against the background).
 * @cssproperty --thb-color-background - Background of the element.
 * @cssproperty --thb-color-surface - Background of buttons, cards and panels.
 * @cssproperty --thb-color-border - Borders of inputs and buttons (at least 3:1).
 * @cssproperty --thb-color-divider - Decorative lines between items.
 * @cssproperty --thb-color-accent - Links, selected and primary controls.
 * @cssproperty --thb-color-on-accent - Text on the accent colour.
 * @cssproperty --thb-color-danger - Error messages.
 * @cssproperty --thb-color-focus - Keyboard focus ring.
 * @cssproperty --thb-radius - Corner radius.
 * @cssproperty --thb-padding - Space inside the element's frame.
 */
export class ThbElement<K extends string> extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    lang: {},
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };
  static override styles = [themeStyles];

  declare api: string | undefined;
  declare lang: string;
  declare theme: 'light' | 'dark' | undefined;
  /** Level of the element's top headings, to fit the page's outline. */
  declare headingLevel: number;

  #stopWatching?: () => void;

  /**
   * Whether the element renders in English while its language loads, instead of waiting for
   * it: the quick exit, whose button must be there at once.
   */
  protected readonly rendersBeforeStrings: boolean = false;

  constructor(private readonly catalogue: Catalogue<K>) {
    super();
    this.headingLevel = 2;
  }

  /** The language asked for: the `lang` attribute, else the page's. */
  get locale(): string {
    return this.lang || pageLanguage();
  }

  /** The `lang` the API is asked to resolve texts to, when it is an EU language. */
  protected get contentLanguage(): EuLanguage | undefined {
    const code = primaryLanguage(this.locale);
    return isEuLanguage(code) ? code : undefined;
  }

  /** UI strings in the best available language. */
  protected get strings(): Strings<K> {
    return stringsFor(this.catalogue, this.locale);
  }

  /** The page's client for this element's API. */
  protected get client(): ApiClient {
    return apiClient(this.api || SCRIPT_ORIGIN);
  }

  /** Observes a query while connected; `options` is read again before each update. */
  protected query<T>(options: () => ApiQueryOptions<T>): QueryController<T> {
    return new QueryController<T>(this, pageQueryClient, options);
  }

  /**
   * Waits for the catalogue of the element's language before rendering, so a Polish page
   * never flashes English; the language's module loads alongside the element's data.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const pending = loadLanguage(this.catalogue, this.locale);
    if (pending && this.rendersBeforeStrings) void pending.then(() => this.requestUpdate());
    else if (pending) await pending;
    await super.scheduleUpdate();
  }

  override connectedCallback(): void {
    // Start loading the language now, before the first update is even scheduled.
    void loadLanguage(this.catalogue, this.locale);
    super.connectedCallback();
    this.#stopWatching = watchPageLanguage(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
  }
}
