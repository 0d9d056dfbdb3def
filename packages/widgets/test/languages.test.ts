/**
 * Every widget on one page in languages beyond English, German and French, non-Latin scripts
 * (Greek, Bulgarian) and the smallest (Irish, Maltese) among them, in Chromium against the real
 * API: the page's `<html lang>` picks the strings (and only that language's are downloaded), the
 * `lang` the widgets mark their text with, and the country names; axe passes on what a visitor
 * of that language sees.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatStrings } from '../src/chat/chat.strings.ts';
import { eventListStrings } from '../src/event-list/event-list.strings.ts';
import { loadLanguage, stringsFor, type Catalogue } from '../src/internal/strings.ts';
import { memberMapStrings } from '../src/member-map/member-map.strings.ts';
import { quickExitStrings } from '../src/quick-exit/quick-exit.strings.ts';
import { resourceFinderStrings } from '../src/resource-finder/resource-finder.strings.ts';
import { axeViolations } from './support/axe.ts';
import { startEnvironment, type TestEnvironment } from './support/environment.ts';

const LANGUAGES = ['el', 'bg', 'ga', 'mt', 'pl', 'fi', 'hu', 'lv'];
const ALL_WIDGETS = '<thb-quick-exit></thb-quick-exit><thb-member-map></thb-member-map><thb-resource-finder></thb-resource-finder><thb-event-list></thb-event-list><thb-chat></thb-chat>';

let env: TestEnvironment;
beforeAll(async () => {
  env = await startEnvironment();
});
afterEach(() => env?.closePages());
afterAll(() => env?.close());

async function inLanguage<K extends string>(catalogue: Catalogue<K>, lang: string) {
  await loadLanguage(catalogue, lang);
  return stringsFor(catalogue, lang);
}

describe('the widgets in further EU languages', () => {
  it.each(LANGUAGES)('speak %s from the page language, with its country names, and pass axe', async (lang) => {
    const [exit, map, finder, events, chat] = await Promise.all([
      inLanguage(quickExitStrings, lang), inLanguage(memberMapStrings, lang), inLanguage(resourceFinderStrings, lang),
      inLanguage(eventListStrings, lang), inLanguage(chatStrings, lang),
    ]);
    const { page, errors, requests } = await env.open({ body: ALL_WIDGETS, lang });
    const shows = (tag: string, text: string) => page.locator(tag).getByText(text, { exact: true }).first().waitFor();
    await shows('thb-quick-exit', exit.t('exit'));
    await shows('thb-member-map', map.t('search'));
    await shows('thb-resource-finder', finder.t('search'));
    await shows('thb-event-list', events.t('upcoming'));
    await shows('thb-chat', chat.t('launcher'));
    await page.locator('thb-event-list .event').first().waitFor();
    await page.locator('thb-resource-finder [part~=result]').first().waitFor();

    // Each element marks its text with the language it is in, for screen readers.
    const marked = await page.evaluate(() => ['thb-member-map', 'thb-resource-finder', 'thb-event-list', 'thb-chat']
      .map((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')));
    expect(marked).toEqual([lang, lang, lang, lang]);

    // Country names come from Intl in the page language, not English.
    const countries = await page.locator('thb-member-map select').first().locator('option[value]:not([value=""])').evaluateAll(
      (options, language) => options.map((option) => [option.textContent, new Intl.DisplayNames([language], { type: 'region' }).of((option as HTMLOptionElement).value)]),
      lang,
    );
    expect(countries.length).toBeGreaterThan(3);
    for (const [shown, expected] of countries) expect(shown).toBe(expected);

    // The page downloaded the strings of its own language, and of no other.
    const languageChunks = requests.map((url) => /\/chunks\/([a-z]{2})-[\w-]+\.js$/.exec(url)?.[1]).filter(Boolean);
    expect(languageChunks.length).toBeGreaterThanOrEqual(7);
    expect(new Set(languageChunks)).toEqual(new Set([lang]));

    expect(await axeViolations(page, env.pagesUrl)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
