import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/**
 * Tests that use the package as an app does (through its name, resolved by package.json's
 * exports to dist/) need a dist/ built from the current source: when any source file is newer
 * than the build, `npm run build` runs first (CI builds before it tests, so there it never does).
 */
export function ensureBuilt(): void {
  const built = join(root, 'dist', 'storybook.js');
  const sources = Math.max(...['src', 'package.json', 'tsup.config.ts'].map((p) => newest(join(root, p))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}
