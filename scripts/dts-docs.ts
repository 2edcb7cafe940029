/**
 * Puts the JSDoc of every documented prop back into the declaration files in dist/, where an
 * editor reads it on hover. TypeScript writes a field's comment into a .d.ts only when it prints
 * the field from the object literal that declares it; a schema that reaches a type through zod's
 * `extend`, `pick` or `z.input` (a mapped type), or from another file, arrives without it. So:
 * the same walk over the exported API runs on the source and on the built files (every component's
 * props, every function's options, every exported type's fields, one level into object-valued
 * ones), and where a built field has no comment that its source field has, the source comment is
 * written above the built field's declaration. `tests/types/dts-docs.test.ts` fails when one is
 * still missing. Run after tsup (`npm run build`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/** The package's entries with types: source file and its built declarations (ESM and CommonJS). */
export const typedEntries = [
  { source: 'src/index.ts', built: ['dist/index.d.ts', 'dist/index.d.cts'] },
  { source: 'src/check/index.ts', built: ['dist/check.d.ts', 'dist/check.d.cts'] },
  { source: 'src/send/index.ts', built: ['dist/send.d.ts', 'dist/send.d.cts'] },
  { source: 'src/storybook/index.ts', built: ['dist/storybook.d.ts', 'dist/storybook.d.cts'] },
  { source: 'src/testing/index.ts', built: ['dist/testing.d.ts', 'dist/testing.d.cts'] },
];

const options: ts.CompilerOptions = {
  strict: true,
  jsx: ts.JsxEmit.ReactJSX,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

export function programOf(files: string[]): ts.Program {
  return ts.createProgram(
    files.map((f) => resolve(root, f)),
    options,
  );
}

/** A documented (or undocumented) field of the public API, by its path: `NewsItem(0).imagePosition`, `Theme.colors.link`. */
export interface Field {
  symbol: ts.Symbol;
  /** The comment's text and tags as an editor shows them; '' when there is none. */
  docs: string;
}

/** Every field an editor shows on hover, by path, for one entry of a program. */
export function fieldsOf(program: ts.Program, file: string): Map<string, Field> {
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(resolve(root, file));
  if (!sourceFile) throw new Error(`dts-docs: ${file} is not in the program`);
  const module = checker.getSymbolAtLocation(sourceFile);
  if (!module) throw new Error(`dts-docs: ${file} exports nothing`);
  const fields = new Map<string, Field>();
  const docsOf = (symbol: ts.Symbol) =>
    [
      ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      ...symbol.getJsDocTags(checker).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`),
    ]
      .join('\n')
      .trim();
  const isObject = (type: ts.Type) =>
    (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0 &&
    !checker.isArrayType(type) &&
    checker.getSignaturesOfType(type, ts.SignatureKind.Call).length === 0;
  const visit = (type: ts.Type, path: string, depth: number) => {
    for (const property of checker.getPropertiesOfType(type)) {
      if (property.name.startsWith('__') || property.name === 'children') continue;
      const key = `${path}.${property.name}`;
      fields.set(key, { symbol: property, docs: docsOf(property) });
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (depth < 1 && declaration) {
        const inner = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, declaration));
        if (isObject(inner)) visit(inner, key, depth + 1);
      }
    }
  };
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration) continue;
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
      visit(checker.getDeclaredTypeOfSymbol(symbol), exported.name, 0);
    } else if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable)) {
      // A component's props, or a function's options: the first two parameters of each call signature.
      for (const signature of checker.getSignaturesOfType(checker.getTypeOfSymbolAtLocation(symbol, declaration), ts.SignatureKind.Call)) {
        signature
          .getParameters()
          .slice(0, 2)
          .forEach((parameter, index) => {
            const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(parameter, declaration));
            if (isObject(type)) visit(type, `${exported.name}(${index})`, 0);
          });
      }
    }
  }
  return fields;
}

/** The JSDoc comment written above a declaration, as written in its file. */
function commentAbove(declaration: ts.Declaration): string | undefined {
  const file = declaration.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
  const last = ranges.filter((r) => file.text.startsWith('/**', r.pos)).at(-1);
  return last ? file.text.slice(last.pos, last.end) : undefined;
}

/** Writes the missing comments into the built files of one kind (`.d.ts` or `.d.cts`); returns how many. */
function restore(kind: 0 | 1): number {
  const source = programOf(typedEntries.map((e) => e.source));
  const built = programOf(typedEntries.map((e) => e.built[kind]!));
  const inserts = new Map<string, Map<number, string>>();
  for (const entry of typedEntries) {
    const want = fieldsOf(source, entry.source);
    const have = fieldsOf(built, entry.built[kind]!);
    for (const [key, field] of want) {
      const shipped = have.get(key);
      if (!field.docs || !shipped || shipped.docs) continue;
      const from = field.symbol.declarations?.find((d) => commentAbove(d) !== undefined);
      const to = shipped.symbol.declarations?.[0];
      if (!from || !to) continue;
      const file = to.getSourceFile().fileName;
      if (!file.startsWith(join(root, 'dist'))) continue;
      const at = to.getStart();
      const text = to.getSourceFile().text;
      const indent = text.slice(text.lastIndexOf('\n', at) + 1, at);
      const comment = commentAbove(from)!.replace(/\n\s*\*/g, `\n${indent} *`);
      const forFile = inserts.get(file) ?? new Map<number, string>();
      if (!forFile.has(at)) forFile.set(at, `${comment}\n${indent}`);
      inserts.set(file, forFile);
    }
  }
  let count = 0;
  for (const [file, byPosition] of inserts) {
    let text = readFileSync(file, 'utf8');
    for (const [at, comment] of [...byPosition].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + comment + text.slice(at);
    writeFileSync(file, text);
    count += byPosition.size;
  }
  return count;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const restored = [restore(0), restore(1)];
  console.log(`dts-docs: ${restored[0]} comments restored in dist/*.d.ts, ${restored[1]} in dist/*.d.cts`);
}
