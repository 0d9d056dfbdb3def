#!/usr/bin/env node
// The `thb` command line (src/cli/thb.ts), run from its TypeScript source through tsx, so that
// `pnpm thb …` works straight after `pnpm install`, with no build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/thb.ts');
