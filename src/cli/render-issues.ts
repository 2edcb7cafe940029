/**
 * `npm run render [files…] [--out DIR] [--level soft|strict|skip]`
 *
 * Renders example issues to `<out>/<name>.html` and `<out>/<name>.txt` and prints each one's
 * size and check summary. A file is either an email module (`.tsx`, default export with
 * `PreviewProps`, the react-email convention) or issue data (`.json`, see `IssueData`).
 * Without files, renders every `.tsx` in `emails/`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createElement, type ComponentType, type ReactElement } from 'react';
import { Issue, renderEmail } from '../index';
import { formatFindings, renderAndCheck } from '../check/index';

async function elementFor(file: string): Promise<ReactElement> {
  if (extname(file) === '.json') {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    return createElement(Issue, { data: data as never });
  }
  const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: ComponentType & { PreviewProps?: object } };
  const Email = mod.default;
  if (typeof Email !== 'function') throw new Error(`${file}: has no default-exported email component`);
  return createElement(Email, Email.PreviewProps ?? {});
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'out' },
      level: { type: 'string', default: 'soft' },
    },
  });
  const level = values.level;
  if (!['soft', 'strict', 'skip'].includes(level)) throw new Error(`--level must be soft, strict or skip, got "${level}"`);
  const files = positionals.length
    ? positionals
    : (await readdir('emails')).filter((f) => f.endsWith('.tsx')).sort().map((f) => join('emails', f));
  if (!files.length) throw new Error('no issues to render: pass files or add .tsx issues to emails/');
  await mkdir(values.out, { recursive: true });
  let failed = false;
  for (const file of files) {
    const name = basename(file, extname(file));
    const element = await elementFor(file);
    const { html, text, findings } =
      level === 'skip' ? { ...(await renderEmail(element)), findings: [] } : await renderAndCheck(element, { level: level as 'soft' | 'strict' });
    await writeFile(join(values.out, `${name}.html`), html);
    await writeFile(join(values.out, `${name}.txt`), text);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    const bytes = (s: string) => Buffer.byteLength(s).toLocaleString('en');
    console.log(`${join(values.out, name)}.html  ${bytes(html)} bytes   .txt ${bytes(text)} bytes   check: ${errors} errors, ${warnings} warnings`);
    if (findings.length) console.log(formatFindings(findings).replace(/^/gm, '    '));
    failed ||= errors > 0 && level === 'strict';
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
