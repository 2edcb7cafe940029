import { dialects, type DialectName } from '../index';

export const dialectNames = Object.keys(dialects) as DialectName[];
export const formats = ['html', 'txt', 'eml', 'ics', 'web'] as const;
export type Format = (typeof formats)[number];

export const help = {
  main: `newsletter-kit: render, check and package newsletter issues

Usage:
  newsletter-kit render <issue.yaml|.json|.tsx …> [options]   render issues to sendable files
  newsletter-kit check <file.html …> [--level strict|soft]      check any HTML email
  newsletter-kit init [file]                                    write a starter issue (issue.yaml)
  newsletter-kit dev [file|folder …] [--port N]                 live preview that reloads on save

Run "newsletter-kit <command> --help" for a command's options.
Exit codes: 0 ok, 1 the check found errors, 2 invalid input or usage.
`,
  render: `Usage: newsletter-kit render <issue.yaml|.json|.tsx …> [options]

Renders each issue and writes, per file <name>:
  html  <out>/<name>.html        the HTML part (styles inline)
  txt   <out>/<name>.txt         the plain-text part
  eml   <out>/<name>.eml         the whole message: multipart/alternative, Subject, From,
                                 List-Id, List-Unsubscribe and List-Unsubscribe-Post (one-click)
  ics   <out>/<name>.ics         the issue's events; with addToCalendar: { icsBaseUrl } also
                                 <out>/calendar/<event>.ics, one per event, to serve there
  web   <out>/web/<slug>.html    the web version (slug from browserUrl), and
        <out>/web/index.html     the archive of every issue in <out>/web, newest first

Options:
  --out DIR         where to write (default: out)
  --format LIST     comma-separated: html,txt,eml,ics,web (default: html,txt)
  --level LEVEL     strict: a check error fails the file and nothing of it is written (default)
                    soft: write anyway and list the findings; skip: do not check
  --dialect NAME    the mail service whose merge tags replace the issue's placeholders:
                    ${dialectNames.join(', ')}; where that service writes
                    List-Unsubscribe itself, the .eml leaves it out
  --max-warnings N  at strict, more than N warnings fail the file too (CI: 0)
  --config FILE     the project's configuration (default: newsletter-kit.config.ts, .mts,
                    .tsx, .js or .mjs in the working directory): blocks of its own that
                    the issue data lists, and the theme for issue data
  -h, --help        this help

Issue data (.yaml, .json) needs nothing else; .tsx/.ts email modules and a .ts
configuration need tsx installed.
A file that fails does not stop the others; a summary follows when there are several.
Exit codes: 0 ok, 1 the check found errors, 2 invalid input or usage.
`,
  check: `Usage: newsletter-kit check <file.html …> [--level strict|soft]

Checks HTML emails (ours or any other): size, client support, Outlook, accessibility,
content, legal footer, dark mode.

Options:
  --level LEVEL     strict: exit 1 when a file has an error (default); soft: report only
  --max-warnings N  at strict, more than N warnings fail the file too (CI: 0)
  -h, --help        this help

Exit codes: 0 ok, 1 the check found errors, 2 a file could not be read or bad usage.
`,
  init: `Usage: newsletter-kit init [file] [--force]

Writes a commented starter issue (default: issue.yaml) that renders and passes the check.

Options:
  --force           overwrite the file if it exists
  -h, --help        this help
`,
} as const;
