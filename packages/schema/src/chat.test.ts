import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHAT_MAX_LENGTH, LOCALE_PATTERN } from './chat-limits.ts';
import { ChatRequest, ChatResponse } from './index.ts';

describe('the chat protocol', () => {
  it('accepts messages up to CHAT_MAX_LENGTH and locales that match LOCALE_PATTERN, nothing else', () => {
    expect(ChatRequest.safeParse({ text: 'x'.repeat(CHAT_MAX_LENGTH) }).success).toBe(true);
    expect(ChatRequest.safeParse({ text: 'x'.repeat(CHAT_MAX_LENGTH + 1) }).success).toBe(false);
    for (const locale of ['de', 'fr-BE', 'sr-Latn-RS', 'pt_BR']) {
      expect(LOCALE_PATTERN.test(locale), locale).toBe(true);
      expect(ChatRequest.safeParse({ text: 'hi', locale }).success, locale).toBe(true);
    }
    for (const locale of ['', 'german', 'de-', '12', 'de DE']) {
      expect(LOCALE_PATTERN.test(locale), locale).toBe(false);
      expect(ChatRequest.safeParse({ text: 'hi', locale }).success, locale).toBe(false);
    }
  });

  it('keeps the limits zod-free, so the widget can import them without a validator', () => {
    const source = readFileSync(new URL('./chat-limits.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\b/m);
  });

  it('lets an answer carry call buttons, and only of the documented shape', () => {
    const answer = { topic: 'emergency', text: 'Llame al 112.', locale: 'es', confidence: 1, suggestions: [] };
    const call = { kind: 'call', number: '112', label: 'Llamar al 112' };
    expect(ChatResponse.parse({ ...answer, actions: [call] }).actions).toEqual([call]);
    expect(ChatResponse.safeParse({ ...answer, actions: [{ ...call, kind: 'sms' }] }).success).toBe(false);
    expect(ChatResponse.safeParse({ ...answer, actions: [{ kind: 'call', number: '112' }] }).success).toBe(false);
  });
});
