import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { formatFindings, renderAndCheck, type Finding } from '../check/index';
import { isoDay, listUnsubscribeMode, renderEmail, type AnyBlock, type DialectName, type NewsletterKitConfig, type ParsedIssue } from '../index';
import { archiveEntryOf, archiveFileNameProblem, archivePage, buildEml, calendarFiles, toWebPage, type ArchiveEntry } from '../send/index';
import type { Format } from './help';
import { InputError, loadIssue } from './load';
import { bytes, checkFailure, Exit, indent, summary, worst, type Outcome } from './report';
import { writeTogether, type OutputFile } from './write';

export interface RenderCommand {
  files: string[];
  out: string;
  formats: Format[];
  level: 'strict' | 'soft' | 'skip';
  dialect?: DialectName;
  /** At `strict`, more warnings than this fail the file too. */
  maxWarnings?: number;
  /** The project's configuration (`newsletter-kit.config.ts`): its blocks and theme. */
  config?: NewsletterKitConfig;
  /** The .eml's Date, Message-ID and MIME boundary from the issue and its content, so that the same issue gives the same bytes. */
  reproducible?: boolean;
}

/**
 * The web page's file name: the last segment of `browserUrl`, decoded, so that the page sits at the
 * URL the email links to (a server maps `…/ausgabe%2005` to the file `ausgabe 05.html`). A segment
 * that is no plain file name, or that is the archive's `index.html`, is an error naming the field.
 */
function webFileName(file: string, issue: ParsedIssue<AnyBlock> | undefined, fallback: string): string {
  let name = `${fallback}.html`;
  let from = `the input file's name`;
  const segment = issue?.browserUrl ? new URL(issue.browserUrl).pathname.split('/').filter(Boolean).at(-1) : undefined;
  if (segment) {
    try {
      name = `${decodeURIComponent(segment).replace(/\.html?$/i, '')}.html`;
    } catch {
      throw new InputError([`${file}: browserUrl: its last path segment ${JSON.stringify(segment)} is not valid percent-encoding`]);
    }
    from = 'browserUrl';
  }
  const problem = archiveFileNameProblem(name);
  if (problem) {
    throw new InputError([
      `${file}: ${from}: the web page would be written as ${JSON.stringify(name)}, which ${problem}; end browserUrl in the issue's own name, e.g. https://www.example.org/newsletter/ausgabe-05`,
    ]);
  }
  return name;
}

/** Every output path of this run and the input that writes it: two inputs never write one file. */
type Claims = Map<string, { file: string; content: string }>;

function claimOutputs(file: string, outputs: OutputFile[], claims: Claims, shareable: (path: string) => boolean): void {
  const problems: string[] = [];
  for (const o of outputs) {
    const earlier = claims.get(resolve(o.path));
    if (!earlier || earlier.file === file) continue;
    // The same event in two issues is the same file: only different content is a conflict.
    if (shareable(o.path) && earlier.content === o.content) continue;
    problems.push(`${file}: ${o.path} would overwrite the output of ${earlier.file}: give the two inputs different file names (or browserUrls, for the web page)`);
  }
  if (problems.length) throw new InputError(problems);
  for (const o of outputs) if (!claims.has(resolve(o.path))) claims.set(resolve(o.path), { file, content: o.content });
}

async function renderOne(file: string, command: RenderCommand, claims: Claims): Promise<Exit> {
  const { out, formats, level } = command;
  const wants = (f: Format) => formats.includes(f);
  const name = basename(file, extname(file));
  // Parsed once: the element renders this issue, and the message, the calendar and the web page read it.
  const { element, issue } = await loadIssue(file, command.config);
  const webFile = wants('web') ? webFileName(file, issue, name) : undefined;
  if (!issue && (wants('eml') || wants('ics'))) {
    throw new InputError([`${file}: .eml and .ics need the issue data: export it as \`issue\` or pass it in the component's PreviewProps as \`issue\``]);
  }

  let rendered: { html: string; text: string; findings: Finding[] };
  try {
    const { dialect } = command;
    // Checked with placeholders still as tokens; the dialect's merge tags go in last.
    // The subject line, when the data sets one, is checked as the subject; otherwise the check reads the <title>.
    const check = issue?.subject === undefined ? {} : { subject: issue.subject };
    rendered = level === 'skip' ? { ...(await renderEmail(element, { dialect })), findings: [] } : await renderAndCheck(element, { dialect, level: 'soft', check });
  } catch (error) {
    throw new InputError((error as Error).message.split('\n').map((line) => `${file}: ${line}`));
  }
  const { html, text, findings } = rendered;
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`${file}: check: ${level === 'skip' ? 'skipped' : `${errors} errors, ${findings.length - errors} warnings`}`);
  if (findings.length) console.log(indent(formatFindings(findings), '    '));
  const failure = checkFailure(findings, level, command.maxWarnings);
  if (failure) {
    console.error(`${file}: nothing written: ${failure} (--level soft writes anyway)`);
    return Exit.checkErrors;
  }

  const outputs: OutputFile[] = [];
  if (wants('html')) outputs.push({ path: join(out, `${name}.html`), content: html });
  if (wants('txt')) outputs.push({ path: join(out, `${name}.txt`), content: text });
  const problems: string[] = [];
  if (wants('eml') && issue) {
    try {
      outputs.push({ path: join(out, `${name}.eml`), content: await buildEml(issue, { html, text }, { listUnsubscribe: listUnsubscribeMode(command.dialect), reproducible: command.reproducible ?? false }) });
    } catch (error) {
      problems.push(...(error as Error).message.split('\n').map((line) => `${file}: ${line}`));
    }
  }
  if (wants('ics') && issue) {
    try {
      const calendar = calendarFiles(issue);
      if (!calendar) console.log(`${file}: no calendar events, so no .ics`);
      else {
        outputs.push({ path: join(out, `${name}.ics`), content: calendar.all });
        for (const event of calendar.perEvent) outputs.push({ path: join(out, 'calendar', event.name), content: event.content });
      }
    } catch (error) {
      problems.push(...(error as Error).message.split('\n').map((line) => `${file}: ${line}`));
    }
  }
  if (webFile) {
    const page = toWebPage(html, { url: issue?.browserUrl, date: issue ? isoDay(issue.masthead.date) : undefined });
    outputs.push({ path: join(out, 'web', webFile), content: page });
  }
  if (problems.length) throw new InputError(problems);
  claimOutputs(file, outputs, claims, (path) => resolve(path).startsWith(resolve(out, 'calendar') + '/'));
  try {
    await writeTogether(outputs);
  } catch (error) {
    throw new InputError([`${file}: nothing written: ${(error as Error).message}`]);
  }
  for (const o of outputs) console.log(`  ${o.path}  ${bytes(o.content)}`);
  return Exit.ok;
}

/**
 * Rebuilds `<out>/web/index.html` from every web page in that folder, so earlier runs' issues stay
 * listed. A page that cannot be listed (a hand-edited date, a name no link may carry) is named and
 * left out; the others are listed.
 */
async function writeArchive(out: string): Promise<{ lines: string[]; problems: string[] }> {
  const dir = join(out, 'web');
  const pages = (await readdir(dir)).filter((f) => f.endsWith('.html') && f !== 'index.html' && !f.startsWith('.')).sort();
  const entries: ArchiveEntry[] = [];
  const problems: string[] = [];
  for (const f of pages) {
    try {
      entries.push(archiveEntryOf(await readFile(join(dir, f), 'utf8'), f));
    } catch (error) {
      problems.push(`web archive: ${join(dir, f)}: not listed: ${(error as Error).message.replace(`${f}: `, '')}`);
    }
  }
  const path = join(dir, 'index.html');
  const content = archivePage(entries);
  await writeTogether([{ path, content }]);
  return { lines: [`  ${path}  ${bytes(content)} (${entries.length} issue${entries.length === 1 ? '' : 's'})`], problems };
}

export async function render(command: RenderCommand): Promise<Exit> {
  const outcomes: Outcome[] = [];
  const claims: Claims = new Map();
  const several = command.files.length > 1;
  for (const [i, file] of command.files.entries()) {
    if (several) console.error(`[${i + 1}/${command.files.length}] ${file}`);
    try {
      outcomes.push({ file, exit: await renderOne(file, command, claims) });
    } catch (error) {
      // Whatever fails in one file — bad input or a fault of ours — is reported with its name,
      // and the next file is rendered.
      console.error(error instanceof InputError ? error.message : `${file}: unexpected error: ${(error as Error).stack ?? String(error)}`);
      outcomes.push({ file, exit: Exit.invalid });
    }
  }
  if (command.formats.includes('web') && outcomes.some((o) => o.exit === Exit.ok)) {
    try {
      const archive = await writeArchive(command.out);
      console.log(`web archive:\n${archive.lines.join('\n')}`);
      for (const problem of archive.problems) console.error(problem);
      if (archive.problems.length) outcomes.push({ file: join(command.out, 'web', 'index.html'), exit: Exit.invalid });
    } catch (error) {
      console.error(`web archive: not written: ${(error as Error).message}`);
      outcomes.push({ file: join(command.out, 'web', 'index.html'), exit: Exit.invalid });
    }
  }
  if (several || outcomes.some((o) => o.exit !== Exit.ok)) console.log(summary(outcomes, 'rendered'));
  return worst(outcomes);
}
