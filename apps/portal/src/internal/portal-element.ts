/**
 * The base of every portal screen: the widgets' own base class (attributes, theme tokens, query
 * client, strings) with the portal's catalogue, plus the screen's own strings when it has some.
 * Screens extend this, never LitElement.
 */
import { ThbElement } from '@thb/widgets/base';
import type { Catalogue } from '@thb/widgets/strings';
import { portalCatalogue, type PortalStringKey } from '../strings/catalogue.ts';

/** The portal's catalogue with a screen's, language by language (the screen's keys win). */
function merged<K extends string>(screen: Catalogue<K> | undefined): Catalogue<PortalStringKey | K> {
  if (!screen) return portalCatalogue as Catalogue<PortalStringKey | K>;
  const languages = new Set([...Object.keys(portalCatalogue), ...Object.keys(screen)]);
  return Object.fromEntries([...languages].map((code) => [code, {
    ...(portalCatalogue as Record<string, object | undefined>)[code],
    ...(screen as Record<string, object | undefined>)[code],
  }])) as Catalogue<PortalStringKey | K>;
}

/** Base class of the portal's elements; `K` names a screen's own string keys. */
export class PortalElement<K extends string = never> extends ThbElement<PortalStringKey | K> {
  constructor(screenCatalogue?: Catalogue<K>) {
    super(merged(screenCatalogue));
  }
}
