import { ChatResponse, EventView, MemberView, ResourceView } from '@thb/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoStore, TEST_NOW } from '@thb/store/testing';
import { createAnswerEngine, type AnswerEngine } from '../answer-engine.ts';

let engine: AnswerEngine;
let close: () => Promise<void>;

beforeAll(async () => {
  const demo = await openDemoStore();
  close = demo.close;
  engine = createAnswerEngine({
    store: demo.store,
    now: () => TEST_NOW,
    pages: { memberMap: 'https://platform.example/members', resourceFinder: 'https://platform.example/resources', events: 'https://platform.example/events' },
  });
});
afterAll(() => close());

/** Answers and checks the reply against the zod schema, as the API would. */
async function ask(text: string, locale?: string) {
  return ChatResponse.parse(await engine.answer({ text, locale }));
}

describe('next-event', () => {
  it('lists the next meeting honestly as tentative, known only to the season, in each language', async () => {
    const en = await ask('When is the next meeting?', 'en');
    expect(en.topic).toBe('next-event');
    expect(en.text).toContain('EU Civil Society Platform meeting: tentatively planned for autumn 2027, in Brussels, Belgium');
    expect(en.text).toContain('All events: https://platform.example/events');
    const de = await ask('Wann ist das nächste Treffen?', 'de');
    expect(de.text).toContain('vorläufig geplant für Herbst 2027');
    const fr = await ask('Quand est la prochaine réunion ?', 'fr');
    expect(fr.text).toContain("prévu provisoirement pour l'automne 2027, à Brussels, Belgique");
    for (const reply of [en, de, fr]) {
      expect(reply.items?.[0]?.kind).toBe('event');
      const event = EventView.parse(reply.items![0]!.kind === 'event' ? reply.items![0]!.event : undefined);
      expect(event.id).toBe('platform-meeting-autumn');
    }
    expect(de.items![0]!.kind === 'event' && de.items![0]!.event.title).toBe('Treffen der EU-Plattform der Zivilgesellschaft');
  });

  it('lists upcoming events soonest first, without cancelled ones, with times in the event zone', async () => {
    const reply = await ask('any upcoming events?', 'en');
    const ids = reply.items!.map((item) => (item.kind === 'event' ? item.event.id : ''));
    expect(ids).toEqual(['outreach-network-days', 'webinar-labour-exploitation-indicators', 'training-child-protection-budapest']);
    expect(ids).not.toContain('webinar-compensation-claims');
    // en-GB formatting: day before month, 24-hour clock, the event's zone named.
    expect(reply.text).toMatch(/11 December 2026, 14:00\s*–\s*15:30 CET, online/);
    expect(reply.text).toMatch(/25\s*–\s*26 December 2026, in Budapest, Hungary and online/);
  });

  it('shows a month-precision training as tentatively planned for that month', async () => {
    const reply = await ask('when is the next training?', 'en');
    expect(reply.topic).toBe('next-event');
    expect(reply.text).toContain('tentatively planned for February 2027, in Hamburg, Germany');
    expect(reply.items!.every((item) => item.kind === 'event' && item.event.kind === 'training')).toBe(true);
  });
});

describe('find-members', () => {
  it.each([
    ['Welche Mitglieder gibt es in Deutschland?', 'de', 'Deutschland'],
    ['German member organisations', 'en', 'Germany'],
    ['Organisationen aus dem deutschen Raum', 'de', 'Deutschland'],
    ['organisations membres en Roumanie', 'fr', 'Roumanie'],
    ['members in Romaina', 'en', 'Romania'],
  ])('reads the country in "%s"', async (text, locale, countryName) => {
    const reply = await ask(text, locale);
    expect(reply.topic).toBe('find-members');
    expect(reply.text).toContain(countryName);
    expect(reply.items!.length).toBeGreaterThan(0);
    const code = { Deutschland: 'DE', Germany: 'DE', Roumanie: 'RO', Romania: 'RO' }[countryName];
    for (const item of reply.items!) expect(item.kind === 'member' && MemberView.parse(item.member).country).toBe(code);
    expect(reply.text).toContain('https://platform.example/members');
  });

  it('filters by focus area and says so', async () => {
    const reply = await ask('which organisations work with children in Germany', 'en');
    expect(reply.text).toContain("in Germany working on children's rights");
    for (const item of reply.items!) expect(item.kind === 'member' && item.member.focus).toContain('children-rights');
  });

  it('lists the country\'s members when none works on the subject', async () => {
    const reply = await ask('which organisations work on child trafficking in Romania', 'en');
    expect(reply.text).toContain("I found no member organisation in Romania working on children's rights.");
    expect(reply.text).toContain('Member organisations in Romania:');
    expect(reply.items!.length).toBeGreaterThan(0);
  });

  it('asks for a country or subject when the message names none', async () => {
    const reply = await ask('find member organisations', 'en');
    expect(reply.text).toContain('Tell me a country or a subject');
    expect(reply.items).toBeUndefined();
  });
});

describe('find-resources', () => {
  it('searches resources and links to the resource finder', async () => {
    const reply = await ask('any training material for labour inspectors?', 'en');
    expect(reply.topic).toBe('find-resources');
    expect(reply.items!.length).toBeGreaterThan(0);
    for (const item of reply.items!) expect(item.kind === 'resource' && ResourceView.parse(item.resource).type).toBeTruthy();
    expect(reply.text).toContain('https://platform.example/resources');
  });

  it('filters by type and content language', async () => {
    const reply = await ask('guides in German', 'en');
    for (const item of reply.items!) {
      expect(item.kind === 'resource' && item.resource.type).toBe('guide');
      expect(item.kind === 'resource' && item.resource.languages).toContain('de');
    }
  });
});

describe('get-help', () => {
  it('lists the hotlines of the country named in the message first', async () => {
    const reply = await ask("J'ai besoin d'aide, où m'adresser en France ?", 'fr');
    expect(reply.topic).toBe('get-help');
    expect(reply.text).toContain("Lignes d'aide en France :");
    const phones = reply.items!.map((item) => (item.kind === 'resource' ? item.resource.hotline?.phone : ''));
    expect(phones[0]).toBe('116 006');
    expect(phones).toContain('112');
  });

  it('uses the region of the locale when the message names no country', async () => {
    const reply = await ask('Ich brauche Hilfe', 'de-DE');
    expect(reply.text).toContain('Hotlines in Deutschland:');
    expect(reply.items!.some((item) => item.kind === 'resource' && item.resource.countries.includes('DE'))).toBe(true);
  });

  it('names the country in English too, with no template placeholder left', async () => {
    const reply = await ask('I need help in Germany', 'en');
    expect(reply.text).toContain('Hotlines in Germany:');
    expect(reply.text).not.toMatch(/[{}]/);
  });

  it('falls back to EU-wide hotlines, 112 first', async () => {
    const reply = await ask('where can I get help', 'en');
    expect(reply.text).toContain('Hotlines you can call:\n• 112');
    expect(reply.items!.every((item) => item.kind === 'resource' && item.resource.countries.includes('EU'))).toBe(true);
  });
});

describe('emergency', () => {
  it('answers with 112 first and the hotlines that apply, never with a suggestion to rephrase', async () => {
    const reply = await ask('help he is locked me in the room');
    expect(reply.topic).toBe('emergency');
    expect(reply.confidence).toBe(1);
    expect(reply.text.startsWith('Call 112 now')).toBe(true);
    expect(reply.suggestions.map((s) => s.topic)).not.toContain('fallback');
    expect(reply.items![0]!.kind === 'resource' && reply.items![0]!.resource.hotline?.phone).toBe('112');
  });
});
