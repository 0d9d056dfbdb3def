/** Turns knowledge-base entries into answer text and follow-up suggestions in one language. */
import type { ChatSuggestion, ChatTopic, KnowledgeEntry } from '@thb/schema';
import { resolveText } from '@thb/schema/localized';
import type { LanguagePack } from './language/language-pack.ts';
import { fillTemplate } from '@thb/text';

/** An entry's answer with its links, one per line, in the pack's language (English if missing). */
export function staticAnswer(entry: KnowledgeEntry, pack: LanguagePack): string {
  const answer = resolveText(entry.answer, pack.code);
  const links = entry.links.map((link) => fillTemplate(pack.strings.linkLine, { label: resolveText(link.label, pack.code), url: link.url }));
  return [answer, links.join('\n')].filter(Boolean).join('\n\n');
}

/** Suggestions for topics, labelled so that sending a label back asks about its topic. */
export function suggestionsFor(topics: readonly ChatTopic[], pack: LanguagePack): ChatSuggestion[] {
  return topics.map((topic) => ({ topic, label: pack.topicLabels[topic] }));
}

/** Joins the non-empty parts of an answer with blank lines between them. */
export function joinParts(...parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
