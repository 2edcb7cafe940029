import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

interface Floor {
  floor: number;
  prefix: string;
}

/** The floors as ARCHITECTURE.md draws them: the doc is the one statement of the rule. */
function floors(): Floor[] {
  const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  const block = /```floors\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('ARCHITECTURE.md has no ```floors block');
  return block
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [floor, ...words] = line.trim().split(/\s+/);
      return words.filter((w) => /^(src|stories|emails)\b/.test(w)).map((prefix) => ({ floor: Number(floor), prefix }));
    });
}

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Our modules a file imports or re-exports (static and dynamic, types too), as paths from the repository root. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = join(dirname(file), spec);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile());
      if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
      return relative(root, join(root, found));
    });
}

/** The strongly connected parts of a graph that hold more than one node (Tarjan): its cycles. */
function cycles(nodes: readonly string[], edges: (node: string) => readonly string[]): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of edges(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== node);
    if (part.length > 1) found.push(part.sort());
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

const table = floors();
/** Whether a line of the table names the file: a folder (`src/base/`), a file, or a pattern with `*` for one path segment. */
function names(prefix: string, file: string): boolean {
  if (prefix.includes('*')) return new RegExp(`^${prefix.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`).test(file);
  return prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix;
}
/** The table's line a module belongs to: a pattern, else its longest matching prefix. */
const lineOf = (file: string) => table.filter((f) => names(f.prefix, file)).sort((a, b) => Number(b.prefix.includes('*')) - Number(a.prefix.includes('*')) || b.prefix.length - a.prefix.length)[0];
const floorOf = (file: string) => lineOf(file)?.floor;
const top = Math.max(...table.map((f) => f.floor));
/** The package's entries: the files the top floor names under src/. */
const entries = table.filter((f) => f.floor === top && f.prefix.startsWith('src/') && !f.prefix.endsWith('/') && !f.prefix.includes('*')).map((f) => f.prefix);
const modules = [...files('src'), ...files('stories'), ...files('emails')];
const graph = new Map(modules.map((m) => [m, importsOf(m)]));

describe('the floors of ARCHITECTURE.md', () => {
  it('name a floor for every module, and give every folder of src/ a line of its own', () => {
    expect(modules.filter((m) => floorOf(m) === undefined)).toEqual([]);
    const folders = new Set(files('src').map((m) => m.split('/').slice(0, 2).join('/')).filter((m) => !/\.tsx?$/.test(m)));
    const lines = new Set(table.filter((f) => f.prefix.endsWith('/')).map((f) => f.prefix.replace(/\/$/, '')));
    expect([...folders].filter((folder) => !lines.has(folder))).toEqual([]);
  });

  it('hold: no module imports from a floor above its own', () => {
    const upward = modules.flatMap((m) =>
      graph
        .get(m)!
        .filter((target) => (floorOf(target) ?? -1) > floorOf(m)!)
        .map((target) => `${m} (floor ${floorOf(m)}) → ${target} (floor ${floorOf(target)})`),
    );
    expect(upward).toEqual([]);
  });

  it('keep the top floor on the public API: it imports src/ only through the package entries', () => {
    expect(entries).toEqual(expect.arrayContaining(['src/index.ts', 'src/check/index.ts']));
    const internal = modules
      .filter((m) => floorOf(m) === top && !entries.includes(m))
      .flatMap((m) => graph.get(m)!.filter((t) => t.startsWith('src/') && !entries.includes(t) && floorOf(t) !== top).map((t) => `${m} → ${t}`));
    expect(internal).toEqual([]);
  });

  it('keep the ground free of anything above it, and markup, fields, values and legal free of any import but the ground', () => {
    const ground = modules.filter((m) => floorOf(m) === 0);
    expect(ground.length).toBeGreaterThan(5);
    const leaves = ground.filter((m) => /^src\/base\/(markup|fields|legal)\.ts$|^src\/base\/values\//.test(m));
    expect(leaves.flatMap((m) => graph.get(m)!.filter((t) => !t.startsWith('src/base/')).map((t) => `${m} → ${t}`))).toEqual([]);
  });
});

/** A line of the table stands for a folder (or the files it names): the unit whose cycles the table forbids. */
const lineName = (file: string) => lineOf(file)?.prefix ?? file;

describe('the import graph', () => {
  it('has no cycle between the folders (the lines) of the table', () => {
    const lines = [...new Set(modules.map(lineName))];
    const edges = new Map<string, Set<string>>(lines.map((line) => [line, new Set<string>()]));
    for (const [module, targets] of graph) for (const target of targets) if (lineName(target) !== lineName(module)) edges.get(lineName(module))!.add(lineName(target));
    expect(cycles(lines, (line) => [...(edges.get(line) ?? [])])).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(cycles(modules, (m) => graph.get(m) ?? [])).toEqual([]);
  });

  it('finds a cycle where there is one (the detector itself)', () => {
    const edges: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'] };
    expect(cycles(Object.keys(edges), (n) => edges[n] ?? [])).toEqual([['a', 'b', 'c']]);
  });
});

describe('doc comments', () => {
  it('are never two in a row: the first would be lost from the declaration files and the hover', () => {
    const orphaned: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) {
          const lines = readFileSync(path, 'utf8').split('\n');
          lines.forEach((line, i) => {
            if (/\*\/\s*$/.test(line) && /^\s*\/\*\*/.test(lines[i + 1] ?? '')) orphaned.push(`${relative(root, path)}:${i + 1}`);
          });
        }
      }
    };
    walk(join(root, 'src'));
    expect(orphaned).toEqual([]);
  });
});
