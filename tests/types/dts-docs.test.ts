import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, programOf, typedEntries, type Field } from '../../scripts/dts-docs';
import { ensureBuilt } from '../support/dist';

/**
 * What an editor shows on hover comes from the shipped declaration files: the JSDoc written on
 * a prop in the source (mostly on schema fields) must be on that prop in dist/*.d.ts and
 * dist/*.d.cts. Both are read with the TypeScript compiler, as an editor reads them: every
 * exported component's props, every function's options and every exported type's fields, one
 * level into object-valued ones.
 */

const root = join(import.meta.dirname, '..', '..');
let source: Map<string, Field>[] = [];
const built: Map<string, Field>[][] = [[], []];

beforeAll(() => {
  ensureBuilt();
  const sourceProgram = programOf(typedEntries.map((e) => e.source));
  source = typedEntries.map((e) => fieldsOf(sourceProgram, e.source));
  for (const kind of [0, 1] as const) {
    const program = programOf(typedEntries.map((e) => e.built[kind]!));
    built[kind] = typedEntries.map((e) => fieldsOf(program, e.built[kind]!));
  }
}, 600_000);

const lost = (want: Map<string, Field>, have: Map<string, Field>) =>
  [...want].filter(([key, field]) => field.docs !== '' && have.get(key)?.docs !== field.docs).map(([key, field]) => `${key}: ${JSON.stringify(field.docs.slice(0, 60))} → ${JSON.stringify(have.get(key)?.docs.slice(0, 60))}`);

describe('the shipped declaration files', () => {
  it.each(typedEntries.flatMap((e, i) => e.built.map((file, kind) => [file, i, kind] as const)))('%s documents every prop the source documents', (_file, i, kind) => {
    expect([...source[i]!.values()].filter((f) => f.docs !== '').length).toBeGreaterThan(i === 0 ? 300 : 5);
    expect(lost(source[i]!, built[kind]![i]!)).toEqual([]);
  });

  it('would fail on a build that dropped the comments', () => {
    // The built declarations printed without comments, inside the repository so that zod and react resolve.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const stripped = join(mkdtempSync(join(cache, 'nk-dts-')), 'index.d.ts');
    try {
      const printed = ts.createPrinter({ removeComments: true }).printFile(ts.createSourceFile('index.d.ts', readFileSync(join(root, 'dist/index.d.ts'), 'utf8'), ts.ScriptTarget.ES2022));
      writeFileSync(stripped, printed.replace(/from "\.\/([^"]+)"/g, (_, file: string) => `from "${join(root, 'dist', file)}"`));
      const bare = fieldsOf(programOf([stripped]), stripped);
      expect(source[0]!.get('NewsItem(0).imagePosition')?.docs).toMatch(/^`top`: full column width/);
      expect(bare.get('NewsItem(0).imagePosition')?.docs).toBe('');
      expect(lost(source[0]!, bare).length).toBeGreaterThan(100);
    } finally {
      rmSync(dirname(stripped), { recursive: true, force: true });
    }
  });
});
