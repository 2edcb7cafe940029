import type { Finding } from '../check/index';
import type { AnyBlock, ParsedIssue } from '../index';

/** One issue's last render. */
export type PreviewState =
  | { status: 'rendering' }
  | { status: 'ready'; html: string; text: string; findings: Finding[]; issue?: ParsedIssue<AnyBlock>; ms: number; at: Date }
  | { status: 'error'; message: string; ms: number; at: Date };

/** How the page shows the email: the query string of the preview page and of the frame. */
export interface Toolbar {
  width: '320' | '600' | 'full';
  scheme: 'light' | 'dark';
  images: 'on' | 'off';
  styles: 'on' | 'off';
  part: 'html' | 'text';
}

interface Shown {
  name: string;
  file: string;
  state: PreviewState;
}

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const query = (toolbar: Toolbar, change: Partial<Toolbar> = {}) => new URLSearchParams({ ...toolbar, ...change }).toString();

// The page around the email, for the person editing it: plain values are fine here.
const css = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;background:#eef0f2}
header{display:flex;flex-wrap:wrap;gap:6px 16px;align-items:center;padding:8px 16px;background:#1d232a;color:#fff}
header a{color:#c9e2ff}header strong{margin-right:8px}
nav{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;padding:8px 16px;background:#fff;border-bottom:1px solid #d5d9de}
nav span{color:#56606b}nav a{padding:2px 6px;border-radius:4px;color:#0b5cad;text-decoration:none}
nav a[aria-current="true"]{background:#0b5cad;color:#fff}
main{display:flex;flex-wrap:wrap;gap:16px;padding:16px;align-items:flex-start}
.email{flex:1 1 640px;display:flex;justify-content:center}
iframe{border:1px solid #c8ccd0;background:#fff;height:calc(100vh - 150px);max-width:100%}
aside{flex:0 1 380px;background:#fff;border:1px solid #d5d9de;padding:12px 16px;max-height:calc(100vh - 150px);overflow:auto}
aside h2{font-size:15px;margin:0 0 8px}aside ul{padding-left:18px;margin:0}aside li{margin-bottom:6px}
.error{color:#8a1010}.warning{color:#7a4d00}.ok{color:#1e6637}
pre.failure{white-space:pre-wrap;background:#fdecec;border:1px solid #e3a0a0;padding:12px;color:#8a1010;margin:16px}
.sent{margin:0;padding:8px 16px;background:#e8f4ec;border-bottom:1px solid #b5d8bf}
button{font:inherit;padding:2px 10px}
`;

/** Reloads the page when a saved file rendered again (the server counts renders). */
const reloadScript = (version: number) => `<script>
const source = new EventSource('/events');
const check = (event) => { if (Number(event.data) !== ${version}) location.reload(); };
source.addEventListener('hello', check);
source.addEventListener('change', check);
</script>`;

function layout(title: string, body: string, version: number): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title><style>${css}</style></head>
<body>${body}${reloadScript(version)}</body>
</html>
`;
}

const verdict = (state: PreviewState): string => {
  if (state.status === 'rendering') return 'rendering…';
  if (state.status === 'error') return '<span class="error">does not render</span>';
  const errors = state.findings.filter((f) => f.severity === 'error').length;
  const warnings = state.findings.length - errors;
  const cls = errors ? 'error' : warnings ? 'warning' : 'ok';
  return `<span class="${cls}">${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}</span>`;
};

export function indexPage(entries: Shown[], version = 0): string {
  const items = entries
    .map((e) => `<li><a href="/issue/${encodeURIComponent(e.name)}">${escape(e.name)}</a> <code>${escape(e.file)}</code> · ${verdict(e.state)}</li>`)
    .join('\n');
  return layout('newsletter-kit dev', `<header><strong>newsletter-kit dev</strong></header><main><ul>${items}</ul></main>`, version);
}

function findingsList(findings: Finding[]): string {
  if (!findings.length) return '<p class="ok">The check found nothing.</p>';
  return `<ul>${findings
    .map((f) => `<li class="${f.severity}"><strong>${f.severity}</strong> ${escape(f.rule)}${f.client ? ` [${escape(f.client)}]` : ''}: ${escape(f.message)}${f.excerpt ? `<br><code>${escape(f.excerpt)}</code>` : ''}</li>`)
    .join('')}</ul>`;
}

export function previewPage(entry: Shown, entries: Shown[], toolbar: Toolbar, version: number, sent?: string): string {
  const link = (key: keyof Toolbar, value: Toolbar[keyof Toolbar], label: string) =>
    `<a href="?${query(toolbar, { [key]: value })}" aria-current="${toolbar[key] === value}">${label}</a>`;
  const issues = entries
    .map((e) => (e.name === entry.name ? `<span>${escape(e.name)}</span>` : `<a href="/issue/${encodeURIComponent(e.name)}?${query(toolbar)}">${escape(e.name)}</a>`))
    .join(' ');
  const nav = `<nav aria-label="View">
<span>Width</span>${link('width', '320', '320 px')}${link('width', '600', '600 px')}${link('width', 'full', 'full')}
<span>Scheme</span>${link('scheme', 'light', 'light')}${link('scheme', 'dark', 'dark')}
<span>Images</span>${link('images', 'on', 'on')}${link('images', 'off', 'off')}
<span>&lt;style&gt;</span>${link('styles', 'on', 'kept')}${link('styles', 'off', 'removed (GMX, WEB.DE)')}
<span>Part</span>${link('part', 'html', 'HTML')}${link('part', 'text', 'plain text')}
<form method="post" action="/send/${encodeURIComponent(entry.name)}?${query(toolbar)}"><button>Send test (.eml)</button></form>
</nav>`;
  const header = `<header><strong>newsletter-kit dev</strong> ${issues} <a href="/">all</a></header>`;
  const state = entry.state;
  let main: string;
  if (state.status === 'ready') {
    const width = toolbar.width === 'full' ? '100%' : `${toolbar.width}px`;
    const bytes = Buffer.byteLength(state.html);
    main = `<main>
<div class="email"><iframe title="${escape(`Email: ${entry.name}`)}" sandbox="" src="/email/${encodeURIComponent(entry.name)}?${query(toolbar)}" style="width:${width}" data-version="${version}"></iframe></div>
<aside><h2>Email check: ${verdict(state)}</h2>
<p>${bytes.toLocaleString('en')} bytes of HTML · rendered ${state.at.toLocaleTimeString('en-GB')} in ${Math.round(state.ms)} ms · <code>${escape(entry.file)}</code></p>
${findingsList(state.findings)}</aside>
</main>`;
  } else if (state.status === 'error') {
    main = `<pre class="failure" role="alert" data-render-error>${escape(state.message)}</pre>`;
  } else {
    main = '<p>Rendering…</p>';
  }
  const banner = sent ? `<p class="sent" role="status">Send test: ${escape(sent)}</p>` : '';
  return layout(`${entry.name} · newsletter-kit dev`, `${header}${nav}${banner}${main}`, version);
}
