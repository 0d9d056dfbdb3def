/** The command line's words and exit codes, in-process (cli.test.ts runs the real binary). */
import { describe, expect, it } from 'vitest';
import type { CliContext } from './cli-context.ts';
import { runCli } from './run-cli.ts';

/** Runs a command line with a store that must not be opened: every case here fails before it. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    cwd: '/',
    openStore: () => Promise.reject(new Error('the store was opened')),
  };
  const code = await runCli(args, context);
  return { code, stdout, stderr };
}

describe('thb', () => {
  it('explains every command with --help, -h or help, on standard output', async () => {
    expect(await run('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Exit codes: 0 done, 1 failed') });
    for (const command of ['secretariat', 'keys', 'export', 'import']) {
      for (const args of [[command, '--help'], [command, '-h'], ['help', command], [command, 'create', '--org', 'x', '--help']]) {
        const { code, stdout, stderr } = await run(...args);
        expect([args, code, stderr, stdout.startsWith(`Usage: thb ${command}`)]).toEqual([args, 0, '', true]);
      }
    }
  });

  it('answers a wrongly written command with exit code 2, the mistake and the usage, before opening the store', async () => {
    const cases: [string[], string][] = [
      [[], 'Usage: thb COMMAND'],
      [['bogus'], 'Unknown command "bogus"'],
      [['keys'], 'Missing create, list or revoke'],
      [['keys', 'rotate'], 'Unknown keys command "rotate"'],
      [['keys', 'create'], 'Say whom the key is for'],
      [['keys', 'create', '--org', 'a', '--secretariat'], 'not both'],
      [['keys', 'create', '--org'], "Option '--org <value>' argument missing"],
      [['keys', 'create', '--secretariat', '--name', ' '], '--name must be 1 to 100 characters long'],
      [['keys', 'create', '--secretariat', 'extra'], 'Unexpected argument "extra"'],
      [['keys', 'revoke'], 'Missing KEY_ID'],
      [['keys', 'revoke', 'a', '--org', 'b'], 'revoke takes only a key id or prefix'],
      [['secretariat'], 'Missing add, remove or list'],
      [['secretariat', 'add'], 'Missing EMAIL'],
      [['secretariat', 'add', 'anna'], '"anna" is not an email address'],
      [['export', '--format', 'xml'], '--format must be json or csv, not "xml"'],
      [['export', '--format', 'csv'], 'A CSV file holds one kind'],
      [['export', '--kind', 'people'], '--kind must be members, resources or events'],
      [['import'], 'Missing FILE'],
      [['import', 'a.json', 'b.json'], 'Unexpected argument "b.json"'],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(...args);
      expect([args, code, stdout, stderr.includes(message), stderr.includes('Usage: thb') || stderr.includes('Commands:')])
        .toEqual([args, 2, '', true, true]);
    }
  });

  it('answers a command that cannot be done with exit code 1 and the reason in plain words', async () => {
    expect(await run('keys', 'list')).toEqual({ code: 1, stdout: '', stderr: 'thb: the store was opened\n' });
    expect(await run('import', 'no-such-file.json')).toEqual({
      code: 1, stdout: '', stderr: 'thb: Cannot read no-such-file.json: there is no such file\n',
    });
  });
});
