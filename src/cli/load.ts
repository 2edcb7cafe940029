import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement, type ComponentType, type ReactElement } from 'react';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { Issue, NewsletterPropError, parseIssue, type AnyBlock, type NewsletterKitConfig, type ParsedIssue } from '../index';

/** Bad input: every problem of one file, each line naming the file (and, where known, line and column). */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export interface LoadedIssue {
  /** What `renderEmail` renders. */
  element: ReactElement;
  /**
   * The issue, parsed once, when the file is data or an email module that carries it: the
   * element renders it, and `.eml`, `.ics` and the web page read it, none of them parsing again.
   */
  issue?: ParsedIssue<AnyBlock>;
}

const DATA = new Set(['.json', '.yaml', '.yml']);
const MODULES = new Set(['.tsx', '.ts', '.jsx', '.mts']);
const PLAIN_MODULES = new Set(['.js', '.mjs']);
const inputExtensions = [...DATA, ...MODULES, ...PLAIN_MODULES];

function where(file: string, doc: Document, lines: LineCounter, path: PropertyKey[]): string {
  // The deepest node that exists: a missing field is reported at its parent object.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return `${file}:${line}:${col}`;
    }
  }
  return file;
}

/** The issue parsed, once, with the project's blocks; every problem named with its line and column. */
function validate(file: string, data: unknown, source: string, config: NewsletterKitConfig): ParsedIssue<AnyBlock> {
  try {
    return parseIssue(data as never, { blocks: config.blocks ?? [] });
  } catch (error) {
    if (!(error instanceof NewsletterPropError)) throw error;
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false });
    throw new InputError(error.problems.map((problem) => `${where(file, doc, lines, [...(problem.path ?? [])])}: ${problem.prop || '(issue)'}: ${problem.message}`));
  }
}

/** Issue data is a few dozen KB; a file past this is refused before it is parsed. */
export const MAX_DATA_BYTES = 2 * 1024 * 1024;
/** YAML aliases may repeat a node this often in all (the yaml package's measure), and the data they build may hold this many characters. */
const MAX_ALIAS_COUNT = 100;
const MAX_DATA_CHARACTERS = MAX_DATA_BYTES;

/**
 * The file's bytes as text: UTF-8 only (an invalid sequence is an error with its byte offset, never
 * a silent U+FFFD), a leading BOM dropped, and CR LF or a lone CR read as a line end, as YAML and
 * JSON both define them.
 */
export function decodeSource(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_DATA_BYTES) {
    throw new InputError([`${file}: is ${bytes.length.toLocaleString('en')} bytes; issue data may be at most ${MAX_DATA_BYTES.toLocaleString('en')} bytes (2 MiB): split it or move long texts out`]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError([`${file}: is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes).toLocaleString('en')}): save it as UTF-8`]);
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Byte offset of the first invalid UTF-8 sequence: found by halving, each half decoded strictly. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const valid = (end: number) => {
    try {
      decoder.decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    } finally {
      decoder.decode(); // reset the stream state
    }
  };
  let [low, high] = [0, bytes.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Characters in the strings and keys of parsed data, counted without recursion; stops past `limit`. */
function dataSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length && size <= limit) {
    const next = stack.pop();
    if (typeof next === 'string') size += next.length;
    else if (Array.isArray(next)) stack.push(...next);
    else if (typeof next === 'object' && next !== null && !(next instanceof Date)) {
      for (const [key, child] of Object.entries(next)) {
        size += key.length;
        stack.push(child);
      }
    }
  }
  return size;
}

function yamlProblems(file: string, source: string, doc: Document, onlyDuplicates: boolean): string[] {
  return doc.errors
    .filter((e) => !onlyDuplicates || e.code === 'DUPLICATE_KEY')
    .map((e) => {
      const at = `${file}:${e.linePos?.[0].line ?? '?'}:${e.linePos?.[0].col ?? '?'}`;
      if (e.code !== 'DUPLICATE_KEY') return `${at}: not valid YAML: ${e.message.split('\n')[0]}`;
      // yaml points at the key, its opening quote, or the comma before it.
      let i = e.pos[0];
      while (i < source.length && /[\s,{]/.test(source[i]!)) i++;
      const quote = source[i] === '"' || source[i] === "'" ? source[i]! : undefined;
      const key = quote ? source.slice(i + 1, source.indexOf(quote, i + 1)) : source.slice(i).split(/[:\n]/, 1)[0]!.trim();
      return `${at}: the key ${JSON.stringify(key.slice(0, 60))} is given twice in one object: keep one (a parser would silently use the last)`;
    });
}

/** Issue data nests a handful of levels; the parsers take memory and stack in proportion to the depth. */
const MAX_NESTING = 64;

/** The deepest run of unclosed `[` and `{`, counted over the whole text (quoted or not): a bound the parsers can afford. */
function bracketDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((code === 0x5d || code === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

function readData(file: string, source: string): unknown {
  const json = extname(file) === '.json';
  const depth = bracketDepth(source);
  if (depth > MAX_NESTING) {
    throw new InputError([`${file}: nests brackets ([ or {) ${depth.toLocaleString('en')} deep; issue data nests a few levels (at most ${MAX_NESTING} are read)`]);
  }
  let data: unknown;
  if (json) {
    try {
      data = JSON.parse(source) as unknown;
    } catch (error) {
      throw new InputError([`${file}: not valid JSON: ${(error as Error).message}`]);
    }
  }
  // JSON is YAML too: the yaml parser finds a key given twice (JSON.parse keeps the last one
  // silently, YAML refuses it), with its line and column.
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true });
  const problems = yamlProblems(file, source, doc, json);
  if (problems.length) throw new InputError(problems);
  if (!json) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      throw new InputError([`${file}: its YAML aliases (*name) repeat the anchored values too often (more than ${MAX_ALIAS_COUNT} nodes): write the values out, or use fewer aliases`]);
    }
  }
  if (dataSize(data, MAX_DATA_CHARACTERS) > MAX_DATA_CHARACTERS) {
    throw new InputError([`${file}: its data holds more than ${MAX_DATA_CHARACTERS.toLocaleString('en')} characters once YAML aliases are expanded: write the values out, or use fewer aliases`]);
  }
  return data;
}

type EmailModule = { default?: ComponentType & { PreviewProps?: Record<string, unknown> }; issue?: unknown };

async function importModule(file: string): Promise<EmailModule> {
  const url = pathToFileURL(resolve(file)).href;
  if (PLAIN_MODULES.has(extname(file))) return (await import(url)) as EmailModule;
  // TypeScript and JSX need a loader; tsx is the app's own (dev) dependency, looked up at run time.
  const loader = 'tsx/esm/api';
  let tsx: { tsImport: (specifier: string, parent: string) => Promise<unknown> };
  try {
    tsx = (await import(loader)) as typeof tsx;
  } catch {
    throw new InputError([`${file}: rendering a ${extname(file)} file needs tsx: install it (npm install --save-dev tsx), or give the issue as .yaml or .json`]);
  }
  return (await tsx.tsImport(url, import.meta.url)) as EmailModule;
}

/** Reads one input: issue data (`.yaml`, `.yml`, `.json`) or an email module (`.tsx` … with a default-exported component). */
export async function loadIssue(file: string, config: NewsletterKitConfig = {}): Promise<LoadedIssue> {
  const ext = extname(file);
  if (!inputExtensions.includes(ext)) {
    throw new InputError([`${file}: unknown kind of file "${ext}": give issue data (.yaml, .yml, .json) or an email module (.tsx, .ts, .jsx, .js)`]);
  }
  if (DATA.has(ext)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new InputError([`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
    }
    const source = decodeSource(file, bytes);
    const issue = validate(file, readData(file, source), source, config);
    return { element: createElement(Issue, { data: issue, theme: config.theme }), issue };
  }
  let mod: EmailModule;
  try {
    mod = await importModule(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([`${file}: cannot load: ${(error as Error).message}`]);
  }
  // A module of a CommonJS package (no "type": "module") arrives as { default: module.exports }.
  const exported = typeof mod.default === 'object' && mod.default !== null ? (mod.default as EmailModule) : mod;
  const Email = exported.default;
  if (typeof Email !== 'function') throw new InputError([`${file}: has no default-exported email component`]);
  const props = Email.PreviewProps ?? {};
  // The react-email convention: the preview props carry the issue; a named `issue` export works too.
  const candidate = exported.issue ?? props.issue ?? props.data;
  return { element: createElement(Email, props), issue: candidate === undefined ? undefined : parsedOrNothing(candidate, config) };
}

/** The module's issue data parsed, or nothing when it is not issue data (the module renders it its own way). */
function parsedOrNothing(candidate: unknown, config: NewsletterKitConfig): ParsedIssue<AnyBlock> | undefined {
  try {
    return parseIssue(candidate as never, { blocks: config.blocks ?? [] });
  } catch (error) {
    if (error instanceof NewsletterPropError) return undefined;
    throw error;
  }
}
