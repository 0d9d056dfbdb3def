/**
 * Per-topic answer counts, the only thing the chat remembers: no message text, no locale, no
 * time, nothing that could identify a visitor. Kept in memory for a future statistics route.
 */
import { CHAT_TOPICS, type ChatTopic } from '@thb/schema/enums';

/** Counts answers per topic. */
export class TopicCounters {
  readonly #counts = new Map<ChatTopic, number>();

  /** Counts one answer on a topic. */
  count(topic: ChatTopic): void {
    this.#counts.set(topic, (this.#counts.get(topic) ?? 0) + 1);
  }

  /** Every topic's count so far (zero for topics never answered). */
  snapshot(): Record<ChatTopic, number> {
    return Object.fromEntries(CHAT_TOPICS.map((topic) => [topic, this.#counts.get(topic) ?? 0])) as Record<ChatTopic, number>;
  }
}
