import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { runCli } from '../../src/cli/main';

export const root = join(import.meta.dirname, '..', '..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command line run in this process: what `bin` runs, minus setting `process.exitCode`. */
export async function cli(args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(`${parts.join(' ')}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(`${parts.join(' ')}\n`));
  try {
    const code = await runCli(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** The command as its own process, from source (the packed build is exercised in CI). */
export function spawnCli(args: string[], cwd = root, tsconfig = join(root, 'tsconfig.json')): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'src', 'cli', 'index.ts'), ...args],
      // Our sources need the project's JSX setting wherever the command runs.
      { cwd, env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig } },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'nk-cli-'));
