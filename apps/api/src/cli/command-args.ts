/** Options of one command through `node:util` `parseArgs`, its errors turned into {@link UsageError}s. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-context.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The parsed options and positionals; `help: true` (and nothing parsed) when `--help` or `-h`
 * comes before any `--`, so that help works even beside a mistake in the rest of the line.
 */
export function commandArgs<T extends Options>(args: readonly string[], options: T) {
  const end = args.indexOf('--');
  const helpAsked = (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
  try {
    const parsed = parseArgs({ args: helpAsked ? [] : [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals, help: helpAsked };
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--nmae'. To specify a positional argument starting with a '-', …".
    const message = error instanceof Error ? error.message.split('. To specify')[0]! : String(error);
    throw new UsageError(message);
  }
}

/** Exactly the named positionals, or a UsageError naming what is missing or extra. */
export function expectPositionals(positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`Missing ${names[positionals.length]}`);
  if (positionals.length > names.length) throw new UsageError(`Unexpected argument "${positionals[names.length]}"`);
  return [...positionals];
}
