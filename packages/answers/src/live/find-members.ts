/** `find-members`: member organisations in the country and on the subject the message names. */
import type { ChatItem, Member } from '@thb/schema';
import type { LanguagePack } from '../language/language-pack.ts';
import type { LiveAnswer, LiveContext } from './live-context.ts';
import { inCountry } from './hotlines.ts';
import { fillPlural, fillTemplate } from '@thb/text';
import { memberView } from './views.ts';

/** Members listed at most; the map shows the rest. */
const MAX_MEMBERS = 5;

/** Bullet lines and items for members. */
function listMembers(members: readonly Member[], pack: LanguagePack): { lines: string[]; items: ChatItem[] } {
  const views = members.map((member) => memberView(member, pack.code));
  const lines = views.map((member) => fillTemplate(pack.strings.memberLine, {
    name: member.acronym && !member.name.includes(member.acronym) ? `${member.name} (${member.acronym})` : member.name,
    city: member.city,
  }));
  return { lines, items: views.map((member) => ({ kind: 'member', member })) };
}

/**
 * Matching members and a link to the member map. Asks for a filter when the message has none;
 * when no member of a country works on the subject, lists that country's members instead.
 */
export async function answerFindMembers(context: LiveContext): Promise<LiveAnswer> {
  const { store, language, entities, pages } = context;
  const { pack } = language;
  const strings = pack.strings;
  const mapLine = pages.memberMap ? fillTemplate(strings.memberMapLink, { url: pages.memberMap }) : strings.memberMapNoUrl;
  const country = entities.countries[0];
  const focus = entities.focus;
  if (!country && !focus) {
    return { text: [context.staticAnswer, strings.membersAskFilter, mapLine].join('\n\n'), items: [] };
  }
  const inPlace = country ? inCountry(country, language.code, strings) : '';
  const where = inPlace + (focus ? fillTemplate(strings.onFocus, { focus: strings.focusNames[focus] }) : '');
  const result = await store.members.list({ country, focus }, { page: 1, pageSize: MAX_MEMBERS });
  if (result.total > 0) {
    const { lines, items } = listMembers(result.items, pack);
    const heading = fillPlural(strings.membersFound, result.total, language.code, { where });
    return { text: [[heading, ...lines].join('\n'), mapLine].join('\n\n'), items };
  }
  const none = fillTemplate(strings.noMembers, { where });
  const sameCountry = country && focus ? await store.members.list({ country }, { page: 1, pageSize: MAX_MEMBERS }) : undefined;
  if (!sameCountry || sameCountry.total === 0) return { text: [none, mapLine].join('\n\n'), items: [] };
  const { lines, items } = listMembers(sameCountry.items, pack);
  const heading = fillTemplate(strings.membersInstead, { where: inPlace });
  return { text: [none, [heading, ...lines].join('\n'), mapLine].join('\n\n'), items };
}
