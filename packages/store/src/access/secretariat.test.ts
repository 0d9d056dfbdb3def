import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../testing/backends.ts';
import { createSecretariat, InvalidEmailError } from './index.ts';

describe.each(BACKENDS)('the secretariat list on $name', (backend) => {
  it('adds, finds, lists and removes people by their address, trimmed and in lower case', async () => {
    const store = await backend.fresh();
    const secretariat = createSecretariat(store.db, { now: () => new Date('2026-12-01T09:00:00Z') });
    expect(await secretariat.add(' Anna.Schmidt@EC.Europa.eu ')).toBe(true);
    expect(await secretariat.add('anna.schmidt@ec.europa.eu')).toBe(false);
    expect(await secretariat.add('bo@example.org')).toBe(true);
    expect(await secretariat.has('ANNA.SCHMIDT@ec.europa.eu')).toBe(true);
    expect(await secretariat.has('someone@example.org')).toBe(false);
    expect(await secretariat.has('not an address')).toBe(false);
    expect(await secretariat.list()).toEqual([
      { email: 'anna.schmidt@ec.europa.eu', addedAt: '2026-12-01T09:00:00.000Z' },
      { email: 'bo@example.org', addedAt: '2026-12-01T09:00:00.000Z' },
    ]);
    expect(await secretariat.remove('Bo@Example.org')).toBe(true);
    expect(await secretariat.remove('bo@example.org')).toBe(false);
    expect((await secretariat.list()).map((person) => person.email)).toEqual(['anna.schmidt@ec.europa.eu']);
  });

  it('refuses what is not an email address', async () => {
    const secretariat = createSecretariat((await backend.fresh()).db);
    for (const wrong of ['', 'anna', 'anna@', '@ec.europa.eu', 'anna @ec.europa.eu', `${'a'.repeat(250)}@ec.eu`]) {
      await expect(secretariat.add(wrong)).rejects.toThrow(InvalidEmailError);
      await expect(secretariat.remove(wrong)).rejects.toThrow(InvalidEmailError);
    }
    expect(await secretariat.list()).toEqual([]);
  });
});
