import { access } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type NewsletterKitConfig } from '../index';
import { InputError } from './load';

/** The names a project's configuration may have, in the order they are looked for. */
export const configNames = ['newsletter-kit.config.ts', 'newsletter-kit.config.mts', 'newsletter-kit.config.tsx', 'newsletter-kit.config.js', 'newsletter-kit.config.mjs'];

export interface LoadedConfig extends NewsletterKitConfig {
  /** Where it was read from; undefined when the project has none. */
  path?: string;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * The project's configuration: the file `--config` names, else the first of `configNames` in the
 * working directory, else none (the built-in blocks and the default theme).
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  let path: string | undefined;
  if (explicit !== undefined) {
    path = resolve(cwd, explicit);
    if (!(await exists(path))) throw new InputError([`${explicit}: --config names no file`]);
  } else {
    for (const name of configNames) {
      if (await exists(join(cwd, name))) {
        path = join(cwd, name);
        break;
      }
    }
  }
  if (path === undefined) return {};
  let module: { default?: unknown };
  try {
    module = (await importConfig(path)) as { default?: unknown };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([`${path}: cannot load: ${(error as Error).message}`]);
  }
  try {
    return { ...defineConfig(module.default as NewsletterKitConfig), path };
  } catch (error) {
    throw new InputError((error as Error).message.split('\n').map((line) => `${path}: ${line}`));
  }
}

async function importConfig(path: string): Promise<unknown> {
  const url = pathToFileURL(path).href;
  if (extname(path) === '.js' || extname(path) === '.mjs') return import(url);
  // TypeScript needs a loader: tsx, the project's own (dev) dependency, with the project's tsconfig
  // (its JSX setting and paths) when there is one beside the configuration.
  const loader = 'tsx/esm/api';
  let tsx: { tsImport: (specifier: string, options: { parentURL: string; tsconfig?: string }) => Promise<unknown> };
  try {
    tsx = (await import(loader)) as typeof tsx;
  } catch {
    throw new InputError([`${path}: a ${extname(path)} configuration needs tsx: install it (npm install --save-dev tsx), or write it as newsletter-kit.config.mjs`]);
  }
  const tsconfig = join(dirname(path), 'tsconfig.json');
  return tsx.tsImport(url, { parentURL: import.meta.url, ...((await exists(tsconfig)) ? { tsconfig } : {}) });
}
