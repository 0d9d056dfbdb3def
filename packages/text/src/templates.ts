/**
 * Fills message templates with `{name}` placeholders, and picks plural forms with
 * `Intl.PluralRules`: the one template filler of the answer engine, the API and the widgets.
 */
import { pluralRules } from './intl.ts';

/** Values for a template's placeholders. */
export type TemplateValues = Readonly<Record<string, string | number | undefined>>;

/** Plural forms chosen with `Intl.PluralRules` (`one`, `other`, and `few`/`many` where a language has them). */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Replaces `{name}` placeholders; unknown names stay visible so a missing value is noticed.
 * @example fillTemplate('Hotlines{in}:', { in: ' in Belgium' }) // 'Hotlines in Belgium:'
 */
export function fillTemplate(template: string, values?: TemplateValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Picks the plural form for a count and fills it (`{count}` included).
 * @example fillPlural({ one: '1 member', other: '{count} members' }, 3, 'en') // '3 members'
 */
export function fillPlural(templates: PluralTemplates, count: number, language: string, values: TemplateValues = {}): string {
  const form = pluralRules(language).select(count);
  return fillTemplate(templates[form] ?? templates.other, { count, ...values });
}
