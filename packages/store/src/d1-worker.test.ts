import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { describe, expect, it } from 'vitest';
import { demoData } from './demo/index.ts';
import { openTestStore } from './testing/backends.ts';
import { EDGE_NOW, edgeAnswers } from './testing/edge-worker.ts';

describe('@thb/store/d1 inside a Worker', () => {
  it('bundles without Node built-ins and answers in workerd as the store does in Node', async () => {
    // `platform: 'neutral'` resolves no `node:` module: an import of one fails the build.
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('./testing/edge-worker.ts', import.meta.url))],
      bundle: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
      conditions: ['workerd', 'worker', 'browser'], logLevel: 'silent',
    });
    const mf = new Miniflare({
      modules: true, script: bundle.outputFiles[0]!.text, compatibilityDate: '2026-04-26', d1Databases: ['DB'],
    });
    try {
      const response = await mf.dispatchFetch('http://worker.test/');
      expect(response.status).toBe(200);
      const sqlite = await openTestStore();
      await sqlite.putMany(demoData(EDGE_NOW));
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(await edgeAnswers(sqlite))));
    } finally {
      await mf.dispose();
    }
  });
});
