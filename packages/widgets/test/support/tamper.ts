/**
 * What a compromised or older API could send and ours no longer can. The store refuses records
 * that fail the public schema (a `javascript:` link, a "phone number" that is a script, a name
 * of 10 kB), so such values reach a test page the only way they could reach a real one: in an
 * answer of the API. The real API answers; Playwright's routing rewrites its JSON on the way to
 * the page, and the widgets' own defences (safe links, text binding) are what stands between
 * those values and the page.
 */
import type { BrowserContext } from 'playwright';

/**
 * What a compromised API serves in place of what ours serves: each key is a value of a stored
 * record (a link, a phone number) and is replaced, wherever it occurs in a string of an answer,
 * by its hostile value. So a record is rewritten wherever it appears (a list, a GeoJSON
 * feature, a chat card) and so is text made from it (a chat answer that quotes the link).
 * Keys must be unique stand-ins that no other data contains, and none part of another.
 */
export type Tampering = Readonly<Record<string, string>>;

/**
 * The JSON with every stand-in replaced by its hostile value.
 * @example tampered({ url: 'https://a.example/' }, { 'https://a.example/': 'javascript:x' }) // { url: 'javascript:x' }
 */
function tampered(json: unknown, tampering: Tampering): unknown {
  if (typeof json === 'string') return Object.entries(tampering).reduce((text, [from, to]) => text.split(from).join(to), json);
  if (Array.isArray(json)) return json.map((item) => tampered(item, tampering));
  if (typeof json !== 'object' || json === null) return json;
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, tampered(value, tampering)]));
}

/**
 * Rewrites the JSON answers of the API at `apiUrl` for every page of the context; other
 * answers (304s, problems, calendars, the bundles) pass unchanged.
 * @example await tamperWith(context, api.url, { 'https://stand-in.example.org/': 'javascript:alert(1)' });
 */
export async function tamperWith(context: BrowserContext, apiUrl: string, tampering: Tampering): Promise<void> {
  await context.route(`${apiUrl}/v1/**`, async (route) => {
    const response = await route.fetch();
    if (response.status() !== 200 || !/[/+]json\b/.test(response.headers()['content-type'] ?? '')) return route.fulfill({ response });
    // The body changes length, and Playwright has already decoded it.
    const { 'content-length': _, 'content-encoding': __, ...headers } = response.headers();
    return route.fulfill({ response, headers, body: JSON.stringify(tampered(await response.json(), tampering)) });
  });
}
