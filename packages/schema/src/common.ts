/** Shared zod building blocks: identifiers, codes, URLs, dates and localised text. */
import * as z from 'zod';
import { COUNTRY_CODES } from './countries.ts';
import { EU_LANGUAGES, FALLBACK_LANGUAGE, WHOLE_EU, type EuLanguage } from './enums.ts';

/** A stable, URL-safe identifier: `la-strada-international`. */
export const Slug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens')
  .meta({ description: 'Stable, URL-safe identifier', example: 'la-strada-international' });

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z
  .string()
  .refine((code) => COUNTRY_CODES.includes(code), 'must be an ISO 3166-1 alpha-2 code in upper case, e.g. DE')
  .meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'DE' });

/** A country code, or `EU` for something that applies to the whole European Union. */
export const CoverageCode = z
  .string()
  .refine(
    (code) => code === WHOLE_EU || COUNTRY_CODES.includes(code),
    'must be an ISO 3166-1 alpha-2 code in upper case, or EU',
  )
  .meta({ description: 'ISO 3166-1 alpha-2 country code, or EU for the whole European Union', example: 'EU' });

/** One of the 24 official EU languages. */
export const EuLanguageCode = z.enum(EU_LANGUAGES).meta({ description: 'Official EU language (ISO 639-1)' });

/** A language someone works or publishes in (ISO 639-1 or 639-3, any language, e.g. `ar`, `uk`). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code in lower case, e.g. en')
  .meta({ description: 'ISO 639-1 (or 639-3) language code', example: 'en' });

/** An http(s) URL: nothing that could run script when rendered as a link. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2000)
  .meta({ description: 'An http or https URL', example: 'https://example.org/' });

/** An e-mail address. */
export const Email = z.email().max(254);

/** A phone number as people dial it: digits and spaces, an optional leading `+` (`116 000`, `+49 30 123`). */
export const PhoneNumber = z
  .string()
  .regex(/^\+?[0-9][0-9 ]{1,24}$/, 'must be digits and spaces with an optional leading +')
  .meta({ example: '116 000' });

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date().meta({ example: '2024-05-17' });

/** An instant with its UTC offset, RFC 3339. */
export const IsoDateTime = z.iso.datetime({ offset: true }).meta({ example: '2026-11-29T10:00:00Z' });

/** A wall-clock time without offset (`2026-12-03T09:30`); its zone is given beside it. */
export const LocalDateTime = z.iso.datetime({ local: true }).meta({ example: '2026-12-03T09:30' });

/** An IANA time zone name that this runtime knows. */
export const TimeZone = z
  .string()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Brussels')
  .meta({ example: 'Europe/Brussels' });

const NonEmptyText = z.string().trim().min(1).max(5000);

type LocalizedShape = { en: typeof NonEmptyText } & {
  [L in Exclude<EuLanguage, 'en'>]: z.ZodOptional<typeof NonEmptyText>;
};
const localizedShape = Object.fromEntries(
  EU_LANGUAGES.map((language) => [
    language,
    language === FALLBACK_LANGUAGE ? NonEmptyText : NonEmptyText.optional(),
  ]),
) as LocalizedShape;

/** Text in one or more EU languages; English is required, as it is the fallback. */
export const LocalizedText = z
  .strictObject(localizedShape)
  .meta({ id: 'LocalizedText', description: 'Text per EU language; `en` is required and is the fallback' });
