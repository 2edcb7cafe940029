import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes a file whole or not at all: a crash never leaves half a snapshot. */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The first lines where two texts differ, for a failure message (the files themselves hold the rest). */
export function firstDifference(expected: string, actual: string, context = 3): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const from = Math.max(0, line - context);
  const cut = (l: string) => (l.length > 160 ? `${l.slice(0, 160)}…` : l);
  const show = (lines: string[], sign: string) => lines.slice(line, line + context).map((l) => `${sign} ${cut(l)}`);
  return [
    `first difference at line ${line + 1} (${a.length} lines stored, ${b.length} rendered):`,
    ...a.slice(from, line).map((l) => `  ${cut(l)}`),
    ...show(a, '-'),
    ...show(b, '+'),
  ].join('\n');
}
