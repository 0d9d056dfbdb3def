/** Fills the language packs' sentence templates. */
import type { PluralTemplate, Template } from '../language/language-pack.ts';
import { pluralRules } from './intl-cache.ts';

/**
 * Replaces `{name}` placeholders; unknown names stay visible so a missing value is noticed.
 * @example fillTemplate('Hotlines{in}:', { in: ' in Belgium' }) // 'Hotlines in Belgium:'
 */
export function fillTemplate(template: Template, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Picks the plural form for a count with `Intl.PluralRules` and fills it (`{count}` included).
 * @example fillPlural({ one: '1 member', other: '{count} members' }, 3, 'en', {}) // '3 members'
 */
export function fillPlural(
  templates: PluralTemplate,
  count: number,
  language: string,
  values: Readonly<Record<string, string | number>>,
): string {
  const form = pluralRules(language).select(count);
  return fillTemplate(templates[form] ?? templates.other, { ...values, count });
}
