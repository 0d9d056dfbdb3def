/**
 * Who may write: API keys (hashed, with a readable prefix, revocable) and the secretariat list,
 * on the store's own database. WebCrypto only, so it runs in Node and in Workers alike.
 *
 * @example
 * import { createApiKeys, createSecretariat } from '@thb/store/access';
 * const keys = createApiKeys(store.db);
 * const who = await keys.verify(bearerToken); // VerifiedApiKey | 'revoked' | null
 * const isSecretariat = await createSecretariat(store.db).has('anna@ec.europa.eu');
 */
export { createApiKeys, LAST_USED_INTERVAL_MS } from './api-keys.ts';
export type {
  ApiKeyFilter, ApiKeyInfo, ApiKeys, ApiKeysOptions, CreateApiKeyInput, CreatedApiKey, VerifiedApiKey,
} from './api-keys.ts';
export { generateKey, KEY_PREFIX_PATTERN, keyPrefix, sha256Hex } from './key-text.ts';
export { createSecretariat, InvalidEmailError, normaliseEmail } from './secretariat.ts';
export type { Secretariat, SecretariatOptions, SecretariatPerson } from './secretariat.ts';
