/**
 * Test support other packages share: a seeded SQLite store in a temporary folder and a fresh
 * PostgreSQL database per suite. The store's own behaviour suites (`BACKENDS`, records) stay
 * internal: they register vitest hooks and are not meant for other packages.
 * @example
 * import { createTestDatabase, openDemoStore, TEST_NOW } from '@thb/store/testing';
 * const demo = await openDemoStore(); afterAll(() => demo.close());
 */
export { openDemoStore, TEST_NOW } from './demo-store.ts';
export type { DemoStore, DemoStoreOptions } from './demo-store.ts';
export { createTestDatabase } from './postgres-database.ts';
export type { TestDatabase } from './postgres-database.ts';
