import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createElement, isValidElement, type ReactElement } from 'react';
import { EmailCheckError, formatFindings, renderAndCheck, type CheckOptions, type Finding } from '../check/index';
import { Issue, type AnyBlock, type IssueData, type RenderOptions, type Theme } from '../index';
import { timeZoneProblem } from './environment';
import { firstDifference, readIfExists, writeAtomically } from './files';
import { takeScreenshots, type ScreenshotOptions } from './screenshots';

/**
 * The `expect` of the test framework: vitest's (imported from `vitest`, or a test context's) or
 * jest's. Only what is used is named, so that both fit.
 */
export interface TestExpect {
  (actual: unknown): unknown;
  getState(): { testPath?: string | null; snapshotState?: unknown };
}

export interface IssueSnapshotOptions<B extends AnyBlock = never> {
  /** The snapshot files' name: `<dir>/<name>.html` and `<dir>/<name>.txt`. Letters, digits, `.`, `_` and `-`. */
  name: string;
  /** The test framework's `expect`. @default the global `expect` (jest's, or vitest's with `globals: true`) */
  expect?: TestExpect;
  /** The folder of the snapshot files, relative to the test file. @default '__snapshots__' */
  dir?: string;
  /** Warnings the check may find before the test fails (errors always fail it). @default Infinity */
  maxWarnings?: number;
  /** Options of the email check: `clients`, `allowlist`, `sizeBudget`, your own `rules`. */
  check?: CheckOptions;
  /** Options of `renderEmail`: `inlineCss` for blocks with a `<style>`, a `dialect`. */
  render?: RenderOptions;
  /** The theme, when the issue is given as data. */
  theme?: Theme;
  /** The app's own blocks that the issue's data lists, when it is given as data (as `<Issue blocks>` takes them). */
  blocks?: readonly B[];
  /**
   * A folder (relative to the working directory) that receives the rendered `.html` and `.txt` on
   * every run, whether or not they match the snapshots: for CI to keep as artefacts.
   */
  artifacts?: string;
  /** Full-page PNGs in `artifacts`, per width and colour scheme, through playwright-core and a Chromium that is installed. */
  screenshots?: ScreenshotOptions | boolean;
}

export interface IssueSnapshot {
  html: string;
  text: string;
  findings: Finding[];
  /** The snapshot files compared (or written). */
  files: { html: string; text: string };
  /** The screenshots taken, if asked for. */
  screenshots: string[];
}

type SnapshotMatcher = { toMatchFileSnapshot?: (path: string, message?: string) => Promise<void> };
type SnapshotState = { _updateSnapshot?: 'all' | 'new' | 'none' };

/**
 * Renders an issue as it is sent and holds it to reviewed files: the email check finds no error
 * (and no more warnings than `maxWarnings`), and the HTML part and the plain-text part each
 * match their snapshot file. Missing snapshot files are written, as the test framework
 * writes new snapshots; `-u` updates them; in CI (`--ci`, `CI=true`) a missing or different file fails.
 *
 * ```tsx
 * import { expect, test } from 'vitest';
 * import { snapshotIssue } from 'newsletter-kit/testing';
 *
 * test('issue 5', () => snapshotIssue(<Issue data={issue5} />, { name: 'issue-5', expect }));
 * ```
 */
export async function snapshotIssue<const B extends AnyBlock = never>(issue: ReactElement | IssueData<B>, options: IssueSnapshotOptions<B>): Promise<IssueSnapshot> {
  const expect = options.expect ?? (globalThis as { expect?: TestExpect }).expect;
  if (typeof expect !== 'function' || typeof expect.getState !== 'function') {
    throw new Error("snapshotIssue: pass your test framework's expect: snapshotIssue(issue, { name, expect }) with `import { expect } from 'vitest'`");
  }
  if (!/^[\w.-]+$/.test(options.name) || /^\.+$/.test(options.name)) {
    throw new Error(`snapshotIssue: option "name" must be a file name of letters, digits, ".", "_" and "-", got ${JSON.stringify(options.name)}, e.g. "issue-05"`);
  }
  const maxWarnings = options.maxWarnings ?? Number.POSITIVE_INFINITY;
  if (!(maxWarnings >= 0)) throw new Error(`snapshotIssue: option "maxWarnings" must be a number ≥ 0, got ${String(options.maxWarnings)}`);
  const zone = timeZoneProblem();
  if (zone) throw new Error(`snapshotIssue: ${zone}`);

  const element = isValidElement(issue) ? issue : createElement(Issue<B>, { data: issue, theme: options.theme, blocks: options.blocks });
  const { html, text, findings } = await renderAndCheck(element, { ...options.render, check: options.check, level: 'soft' });

  const testPath = expect.getState().testPath;
  const base = testPath ? dirname(testPath) : process.cwd();
  const dir = options.dir ?? '__snapshots__';
  const folder = isAbsolute(dir) ? dir : resolve(base, dir);
  const files = { html: join(folder, `${options.name}.html`), text: join(folder, `${options.name}.txt`) };

  let screenshots: string[] = [];
  if (options.artifacts !== undefined) {
    const out = resolve(options.artifacts);
    await writeAtomically(join(out, `${options.name}.html`), html);
    await writeAtomically(join(out, `${options.name}.txt`), text);
    if (options.screenshots) screenshots = await takeScreenshots(html, out, options.name, options.screenshots === true ? {} : options.screenshots);
  } else if (options.screenshots) {
    throw new Error('snapshotIssue: option "screenshots" needs option "artifacts", the folder to write them to');
  }

  // The check before the snapshots: an email with errors is never recorded as the reviewed one,
  // not even with -u.
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.length - errors.length;
  if (errors.length > 0) throw new EmailCheckError(findings);
  if (warnings > maxWarnings) {
    throw new Error(`snapshotIssue: the email check found ${warnings} warnings, more than maxWarnings (${maxWarnings}):\n${formatFindings(findings)}`);
  }

  await matchFile(expect, html, files.html);
  await matchFile(expect, text, files.text);
  return { html, text, findings, files, screenshots };
}

/**
 * vitest's own `toMatchFileSnapshot` where there is one (it reports written and updated files
 * and shows the diff); otherwise the same rules by hand, with the framework's update mode.
 */
async function matchFile(expect: TestExpect, content: string, path: string): Promise<void> {
  const matcher = expect(content) as SnapshotMatcher;
  if (typeof matcher.toMatchFileSnapshot === 'function') {
    await matcher.toMatchFileSnapshot(path);
    return;
  }
  const state = expect.getState().snapshotState as SnapshotState | undefined;
  const mode = state?._updateSnapshot ?? (process.env.CI ? 'none' : 'new');
  const stored = await readIfExists(path);
  if (stored === undefined) {
    if (mode === 'none') throw new Error(`snapshotIssue: ${path} does not exist, and snapshots are not written in CI: run the tests locally and commit the file`);
    await writeAtomically(path, content);
    return;
  }
  // A checkout that turned line ends into CRLF (git on Windows) holds the same snapshot.
  if (stored.replace(/\r\n/g, '\n') === content) return;
  if (mode === 'all') {
    await writeAtomically(path, content);
    return;
  }
  throw new Error(`snapshotIssue: the rendered email differs from ${path} (update it with -u if the change is intended)\n${firstDifference(stored.replace(/\r\n/g, '\n'), content)}`);
}
