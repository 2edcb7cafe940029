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
    const doc = parseDocument(source, { lineCounter: lines });
    throw new InputError(error.problems.map((problem) => `${where(file, doc, lines, [...(problem.path ?? [])])}: ${problem.prop || '(issue)'}: ${problem.message}`));
  }
}

async function readData(file: string, source: string): Promise<unknown> {
  if (extname(file) === '.json') {
    try {
      return JSON.parse(source) as unknown;
    } catch (error) {
      throw new InputError([`${file}: not valid JSON: ${(error as Error).message}`]);
    }
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length) {
    throw new InputError(doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? '?'}:${e.linePos?.[0].col ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}`));
  }
  return doc.toJS() as unknown;
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
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      throw new InputError([`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
    }
    const issue = validate(file, await readData(file, source), source, config);
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
