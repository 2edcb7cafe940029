import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { formatFindings, renderAndCheck, type Finding } from '../check/index';
import { isoDay, listUnsubscribeMode, renderEmail, type AnyBlock, type DialectName, type NewsletterKitConfig, type ParsedIssue } from '../index';
import { archiveEntryOf, archivePage, buildEml, calendarFiles, toWebPage } from '../send/index';
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
}

/** The web page's file name: the last segment of `browserUrl`, so the page sits at the URL the email links to. */
function webSlug(issue: ParsedIssue<AnyBlock> | undefined, fallback: string): string {
  if (!issue?.browserUrl) return fallback;
  try {
    const segment = new URL(issue.browserUrl).pathname.split('/').filter(Boolean).at(-1);
    return segment ? segment.replace(/\.html?$/, '') : fallback;
  } catch {
    return fallback;
  }
}

async function renderOne(file: string, command: RenderCommand, taken: Map<string, string>): Promise<Exit> {
  const { out, formats, level } = command;
  const wants = (f: Format) => formats.includes(f);
  const name = basename(file, extname(file));
  const earlier = taken.get(name);
  if (earlier) throw new InputError([`${file}: its outputs would overwrite those of ${earlier} (both are named "${name}"): rename one`]);
  taken.set(name, file);
  // Parsed once: the element renders this issue, and the message, the calendar and the web page read it.
  const { element, issue } = await loadIssue(file, command.config);
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
      outputs.push({ path: join(out, `${name}.eml`), content: await buildEml(issue, { html, text }, { listUnsubscribe: listUnsubscribeMode(command.dialect) }) });
    } catch (error) {
      problems.push(...(error as Error).message.split('\n').map((line) => `${file}: ${line}`));
    }
  }
  if (wants('ics') && issue) {
    const calendar = calendarFiles(issue);
    if (!calendar) console.log(`${file}: no calendar events, so no .ics`);
    else {
      outputs.push({ path: join(out, `${name}.ics`), content: calendar.all });
      for (const event of calendar.perEvent) outputs.push({ path: join(out, 'calendar', event.name), content: event.content });
    }
  }
  if (wants('web')) {
    const page = toWebPage(html, { url: issue?.browserUrl, date: issue ? isoDay(issue.masthead.date) : undefined });
    outputs.push({ path: join(out, 'web', `${webSlug(issue, name)}.html`), content: page });
  }
  if (problems.length) throw new InputError(problems);
  try {
    await writeTogether(outputs);
  } catch (error) {
    throw new InputError([`${file}: nothing written: ${(error as Error).message}`]);
  }
  for (const o of outputs) console.log(`  ${o.path}  ${bytes(o.content)}`);
  return Exit.ok;
}

/** Rebuilds `<out>/web/index.html` from every web page in that folder, so earlier runs' issues stay listed. */
async function writeArchive(out: string): Promise<string> {
  const dir = join(out, 'web');
  const pages = (await readdir(dir)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
  const entries = await Promise.all(pages.map(async (f) => archiveEntryOf(await readFile(join(dir, f), 'utf8'), f)));
  const path = join(dir, 'index.html');
  const content = archivePage(entries);
  await writeTogether([{ path, content }]);
  return `  ${path}  ${bytes(content)} (${entries.length} issue${entries.length === 1 ? '' : 's'})`;
}

export async function render(command: RenderCommand): Promise<Exit> {
  const outcomes: Outcome[] = [];
  const taken = new Map<string, string>();
  const several = command.files.length > 1;
  for (const [i, file] of command.files.entries()) {
    if (several) console.error(`[${i + 1}/${command.files.length}] ${file}`);
    try {
      outcomes.push({ file, exit: await renderOne(file, command, taken) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(error.message);
      outcomes.push({ file, exit: Exit.invalid });
    }
  }
  if (command.formats.includes('web') && outcomes.some((o) => o.exit === Exit.ok)) {
    try {
      console.log(`web archive:\n${await writeArchive(command.out)}`);
    } catch (error) {
      console.error(`web archive: not written: ${(error as Error).message}`);
      outcomes.push({ file: join(command.out, 'web', 'index.html'), exit: Exit.invalid });
    }
  }
  if (several || outcomes.some((o) => o.exit !== Exit.ok)) console.log(summary(outcomes, 'rendered'));
  return worst(outcomes);
}
