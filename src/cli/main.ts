/** The command line's logic, apart from the process it runs in (so tests can call it directly). */
import { parseArgs } from 'node:util';
import { check } from './check';
import { dev } from './dev';
import { dialectNames, formats, help, type Format } from './help';
import { loadConfig, type LoadedConfig } from './config';
import { init } from './init';
import { InputError } from './load';
import { render } from './render';
import { Exit, UsageError } from './report';

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function run(argv: string[]): Promise<Exit> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    console.log(help.main);
    return command === undefined ? Exit.invalid : Exit.ok;
  }
  if (command === 'dev') return dev(rest);
  if (command !== 'render' && command !== 'check' && command !== 'init') throw new UsageError(`unknown command "${command}"\n\n${help.main}`);

  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      out: { type: 'string' },
      format: { type: 'string' },
      level: { type: 'string' },
      dialect: { type: 'string' },
      'max-warnings': { type: 'string' },
      force: { type: 'boolean' },
      config: { type: 'string' },
      reproducible: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(help[command]);
    return Exit.ok;
  }
  const allowed: Record<typeof command, string[]> = { render: ['out', 'format', 'level', 'dialect', 'max-warnings', 'config', 'reproducible'], check: ['level', 'max-warnings'], init: ['force'] };
  for (const key of Object.keys(values)) {
    if (!allowed[command].includes(key)) throw new UsageError(`${command} has no option --${key}\n\n${help[command]}`);
  }

  if (command === 'init') {
    if (positionals.length > 1) throw new UsageError(`init writes one file, got ${positionals.length}\n\n${help.init}`);
    return init(positionals[0] ?? 'issue.yaml', values.force ?? false);
  }
  if (!positionals.length) throw new UsageError(`${command} needs at least one file\n\n${help[command]}`);
  const raw = values['max-warnings'];
  if (raw !== undefined && !/^\d+$/.test(raw)) throw new UsageError(`--max-warnings must be a whole number ≥ 0, got "${raw}"`);
  const maxWarnings = raw === undefined ? undefined : Number(raw);
  if (command === 'check') {
    return check(positionals, oneOf('--level', values.level ?? 'strict', ['strict', 'soft']), maxWarnings);
  }
  const wanted = (values.format ?? 'html,txt').split(',').map((f) => oneOf('--format', f.trim(), formats));
  let config: LoadedConfig;
  try {
    config = await loadConfig(process.cwd(), values.config);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    return Exit.invalid;
  }
  if (config.path) console.error(`config: ${config.path}${config.blocks?.length ? ` (blocks: ${config.blocks.map((b) => b.definition.type).join(', ')})` : ''}`);
  return render({
    files: positionals,
    out: values.out ?? 'out',
    formats: [...new Set<Format>(wanted)],
    level: oneOf('--level', values.level ?? 'strict', ['strict', 'soft', 'skip']),
    dialect: values.dialect === undefined ? undefined : oneOf('--dialect', values.dialect, dialectNames),
    maxWarnings,
    config,
    reproducible: values.reproducible ?? false,
  });
}


/** `run`, with usage errors and unexpected failures reported on stderr as exit code 2. */
export async function runCli(argv: string[]): Promise<Exit> {
  try {
    return await run(argv);
  } catch (error) {
    // parseArgs reports unknown flags with a code; both they and ours are usage errors.
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`newsletter-kit: ${usage ? (error as Error).message : `unexpected error: ${(error as Error).stack ?? String(error)}`}`);
    return Exit.invalid;
  }
}
