/**
 * The behaviour of `POST /v1/chat`, run against every backend by test/contract.test.ts. Each
 * request comes from its own client address, so the rate limit of one test never blocks
 * another: named by `CF-Connecting-IP` for the Worker (Cloudflare sets it there) and by
 * `X-Forwarded-For` for Node (whose suite servers trust the loopback proxy, and ignore CF-Connecting-IP).
 */
import { describe, expect, it } from 'vitest';
import { CHAT_MAX_LENGTH, ChatResponse } from '@thb/schema';
import type { ApiUnderTest } from '../../../test/support/api-under-test.ts';
import { expectProblem, invalidNames } from '../../../test/support/expect-problem.ts';

let client = 0;

/** A fresh client address for each request unless the test names one. */
function nextClient(): string {
  client += 1;
  return `198.51.${Math.floor(client / 250)}.${client % 250}`;
}

/** The headers naming a client on every backend. */
function from(address: string): Record<string, string> {
  return { 'cf-connecting-ip': address, 'x-forwarded-for': address };
}

/** `POST /v1/chat` on one backend. */
export function chatContract(api: ApiUnderTest): void {
  function post(body: unknown, headers: Record<string, string> = {}) {
    return api.fetch('/v1/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from(nextClient()), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async function ask(body: unknown) {
    const response = await post(body);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return ChatResponse.parse(await response.json());
  }

  describe('POST /v1/chat', () => {
    it('answers from the knowledge base in the locale\'s language', async () => {
      const reply = await ask({ text: 'Was versteht man unter Menschenhandel?', locale: 'de-AT', conversationId: 'c-1' });
      expect(reply).toMatchObject({ topic: 'what-is-trafficking', locale: 'de' });
      expect(reply.text).toContain('Richtlinie 2011/36/EU');
      expect(reply.suggestions.length).toBeGreaterThan(0);
    });

    it('answers live topics from the store', async () => {
      const events = await ask({ text: 'when is the next meeting?', locale: 'en' });
      expect(events.topic).toBe('next-event');
      expect(events.text).toContain('tentatively planned for autumn 2027');
      const members = await ask({ text: 'Welche Mitglieder gibt es in Deutschland?' });
      expect(members.topic).toBe('find-members');
      expect(members.items!.every((item) => item.kind === 'member' && item.member.country === 'DE')).toBe(true);
      expect(members.items!.map((item) => item.kind === 'member' && item.member.id)).toContain('fixture-berlin-shelter');
    });

    it('gives the emergency answer first, with hotlines', async () => {
      const reply = await ask({ text: 'help he is locked me in the room' });
      expect(reply.topic).toBe('emergency');
      expect(reply.text.startsWith('Call 112 now')).toBe(true);
      expect(reply.items!.length).toBeGreaterThan(0);
    });

    it('answers out-of-scope messages honestly with suggestions', async () => {
      const reply = await ask({ text: "what's the weather in Brussels" });
      expect(reply.topic).toBe('fallback');
      expect(reply.suggestions.length).toBeGreaterThan(0);
    });

    it.each([
      [{ text: '' }, ['body:text']],
      [{ text: '   ' }, ['body:text']],
      [{ text: 'x'.repeat(CHAT_MAX_LENGTH + 1) }, ['body:text']],
      [{ text: 42 }, ['body:text']],
      [{}, ['body:text']],
      [{ text: 'hi', locale: 'not a locale!' }, ['body:locale']],
      [{ text: 'hi', conversationId: 7 }, ['body:conversationId']],
      [{ text: 'hi', name: 'Ana' }, ['body:name']],
    ])('rejects %j with a problem naming the field', async (body, names) => {
      const problem = await expectProblem(await post(body), 400);
      expect(invalidNames(problem)).toEqual(names);
    });

    it.each([
      ['not json at all', 'application/json'],
      ['{"text": "hi"', 'application/json'],
      ['["hi"]', 'application/json'],
      ['{"text":"hi"}', 'text/plain'],
    ])('rejects the body %j sent as %s', async (body, contentType) => {
      const problem = await expectProblem(await post(body, { 'content-type': contentType }), 400);
      expect(invalidNames(problem)).toEqual(['body:(body)']);
    });

    it('accepts exactly the longest message allowed', async () => {
      const reply = await ask({ text: `what is trafficking ${'a'.repeat(CHAT_MAX_LENGTH - 20)}` });
      expect(reply.topic).toBeDefined();
    });

    it('answers other methods with 405', async () => {
      const response = await api.fetch('/v1/chat');
      await expectProblem(response, 405);
      expect(response.headers.get('allow')).toContain('POST');
    });

    it('limits each client to its burst, then answers 429 with Retry-After', async () => {
      const address = from(nextClient());
      for (let i = 0; i < 20; i++) expect((await post({ text: 'hello' }, address)).status).toBe(200);
      const limited = await post({ text: 'hello' }, address);
      const problem = await expectProblem(limited, 429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(problem.detail).toMatch(/try again/);
      expect((await post({ text: 'hello' })).status).toBe(200); // another client is not affected
    });

    /** Sends messages as one client until it is limited (at most twice its burst). */
    async function useUpLimit(headers: Record<string, string>) {
      for (let i = 0; i < 40; i++) if ((await post({ text: 'hello' }, headers)).status === 429) return;
      throw new Error('never limited');
    }

    it('never refuses an emergency, however many messages the client has sent', async () => {
      const address = from(nextClient());
      await useUpLimit(address);
      for (let i = 0; i < 3; i++) {
        const reply = await post({ text: 'help he is locked me in the room' }, address);
        expect(reply.status).toBe(200);
        expect(ChatResponse.parse(await reply.json()).topic).toBe('emergency');
      }
      await expectProblem(await post({ text: 'hello' }, address), 429);
    });

    it('tells devices on one address apart (a shelter\'s Wi-Fi is not one client)', async () => {
      const address = from(nextClient());
      const phone = { ...address, 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Mobile', 'accept-language': 'pl' };
      await useUpLimit(phone);
      await expectProblem(await post({ text: 'hello' }, phone), 429);
      const laptop = { ...address, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)', 'accept-language': 'es' };
      expect((await post({ text: 'hello' }, laptop)).status).toBe(200);
    });
  });
}
