/** Tables of one run: ratios first, absolutes second; the targets; rankings for comparing runs. */
import { contenders, type ContenderKey } from './contender';

export interface Measured {
  /** Milliseconds per warm render, median and 95th percentile. */
  median: number;
  p95: number;
  /** Import + first render in a fresh process, median, ms. */
  cold: number;
  /** Median ms per render by number of news items. */
  scale: Record<number, number>;
  htmlBytes: number;
  gzipBytes: number;
  textBytes: number | null;
  /** Peak resident set size of the contender's process after the warm renders, bytes. */
  rss: number;
}

export interface RunResult {
  date: string;
  node: string;
  cpu: string;
  commit: string;
  plan: { warm: number; warmup: number; rounds: number; cold: number; copies: number; scale: Array<{ items: number; renders: number }> };
  contenders: Record<ContenderKey, Measured>;
  personalise: Array<{ key: ContenderKey; label: string; ms: number; withText: boolean }>;
  seconds: number;
}

const BASE: ContenderKey = 'react-email';
const label = (key: ContenderKey) => contenders.find((c) => c.key === key)!.label;
const ms = (v: number | undefined) => (v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const ratio = (v: number | undefined, base: number | undefined) => (v === undefined || !base ? '–' : `×${(v / base).toFixed(v / base >= 10 ? 1 : 2)}`);
const bytes = (v: number | null) => (v === null ? '–' : v.toLocaleString('en'));

/** A Markdown table; the first `textColumns` columns are left-aligned, the figures right-aligned. */
function table(head: string[], rows: string[][], textColumns = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i < textColumns ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

function tables(run: RunResult): { ratios: string; absolutes: string; personalise: string } {
  const keys = contenders.map((c) => c.key);
  const base = run.contenders[BASE];
  const sizes = run.plan.scale.map((s) => s.items);
  const ratios = table(
    ['contender', 'median', 'p95', 'cold start', ...sizes.map((n) => `${n} items`), 'HTML', 'gzip', 'peak RSS'],
    keys.map((k) => {
      const m = run.contenders[k];
      return [label(k), ratio(m.median, base.median), ratio(m.p95, base.p95), ratio(m.cold, base.cold), ...sizes.map((n) => ratio(m.scale[n], base.scale[n])), ratio(m.htmlBytes, base.htmlBytes), ratio(m.gzipBytes, base.gzipBytes), ratio(m.rss, base.rss)];
    }),
  );
  const absolutes = table(
    ['contender', 'median ms', 'p95 ms', 'cold ms', ...sizes.map((n) => `${n} items ms`), `${sizes.at(-1)}/${sizes.at(-2)}`, 'HTML bytes', 'gzip bytes', 'text bytes', 'peak RSS MB'],
    keys.map((k) => {
      const m = run.contenders[k];
      const [a, b] = [m.scale[sizes.at(-1)!], m.scale[sizes.at(-2)!]];
      return [label(k), ms(m.median), ms(m.p95), ms(m.cold), ...sizes.map((n) => ms(m.scale[n])), a && b ? `×${(a / b).toFixed(1)}` : '–', bytes(m.htmlBytes), bytes(m.gzipBytes), bytes(m.textBytes), (m.rss / 2 ** 20).toFixed(0)];
    }),
  );
  const perCopyBase = run.personalise.find((p) => p.key === BASE && p.label === 'render per copy')?.ms;
  const personalise = table(
    ['contender', 'how', 'text part', `${run.plan.copies} copies ms`, 'per copy ms', 'vs React Email per copy'],
    run.personalise.map((p) => [label(p.key), p.label, p.withText ? 'yes' : 'no', ms(p.ms), ms(p.ms / run.plan.copies), ratio(p.ms, perCopyBase)]),
    3,
  );
  return { ratios, absolutes, personalise };
}

interface Target {
  name: string;
  value: string;
  met: boolean;
}

/** The speed and size targets newsletter-kit sets itself, as ratios within one run. */
export function targets(run: RunResult): Target[] {
  const kit = run.contenders['newsletter-kit'];
  const base = run.contenders[BASE];
  const mjml = run.contenders.mjml;
  const sizes = run.plan.scale.map((s) => s.items);
  const [big, small] = [sizes.at(-1)!, sizes.at(-2)!];
  const prepared = run.personalise.filter((p) => p.key === 'newsletter-kit' && p.withText).sort((a, b) => a.ms - b.ms)[0];
  const copies = prepared ? (prepared.ms * 1000) / run.plan.copies : Number.NaN;
  return [
    { name: 'renderEmail (HTML + text, no check) ≤ 2.0× the plain React Email template', value: `×${(kit.median / base.median).toFixed(2)}`, met: kit.median / base.median <= 2 },
    { name: 'renderEmail ≥ 10× faster than MJML', value: `${(mjml.median / kit.median).toFixed(1)}× faster`, met: mjml.median / kit.median >= 10 },
    { name: 'seed issue HTML ≤ 45,000 bytes', value: `${kit.htmlBytes.toLocaleString('en')} bytes`, met: kit.htmlBytes <= 45_000 },
    { name: '1,000 personalised copies (HTML + text) ≤ 100 ms', value: prepared ? `${copies.toFixed(0)} ms (${prepared.label}${run.plan.copies === 1000 ? '' : `, scaled from ${run.plan.copies}`})` : 'no text part', met: copies <= 100 },
    { name: 'cold import + first render ≤ 1.2× the plain React Email template', value: `×${(kit.cold / base.cold).toFixed(2)}`, met: kit.cold / base.cold <= 1.2 },
    { name: `linear: ${big.toLocaleString('en')} items ≤ 11× ${small} items`, value: `×${(kit.scale[big]! / kit.scale[small]!).toFixed(1)}`, met: kit.scale[big]! / kit.scale[small]! <= 11 },
  ];
}

/** Each measured quantity's order of contenders, fastest or smallest first. */
export function rankings(run: RunResult): Record<string, string[]> {
  const keys = contenders.map((c) => c.key);
  const by = (f: (m: Measured) => number | undefined) =>
    keys.filter((k) => f(run.contenders[k]) !== undefined && f(run.contenders[k]) !== null).sort((a, b) => f(run.contenders[a])! - f(run.contenders[b])!);
  const out: Record<string, string[]> = {
    median: by((m) => m.median),
    p95: by((m) => m.p95),
    'cold start': by((m) => m.cold),
    'HTML bytes': by((m) => m.htmlBytes),
    'gzip bytes': by((m) => m.gzipBytes),
    'peak RSS': by((m) => m.rss),
    personalisation: [...run.personalise].sort((a, b) => a.ms - b.ms).map((p) => `${p.key}/${p.label.replace(/ \(.*/, '')}`),
  };
  for (const s of run.plan.scale) out[`${s.items} items`] = by((m) => m.scale[s.items]);
  return out;
}

/** The rankings that differ between two runs, named with both orders. */
export function agreement(a: Record<string, string[]>, b: Record<string, string[]>): string[] {
  return Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).map((k) => `${k}: ${a[k]?.join(' < ')} → ${b[k]!.join(' < ')}`);
}

function section(run: RunResult, heading: string): string {
  const t = tables(run);
  return `${heading}

${run.date.slice(0, 16).replace('T', ' ')} UTC · Node ${run.node} · ${run.cpu} · commit ${run.commit} · ${run.seconds.toFixed(0)} s

Ratios against the plain React Email template (×1.00 = as fast or as small; below 1 is better):

${t.ratios}

Absolute figures:

${t.absolutes}

${run.plan.copies.toLocaleString('en')} personalised copies (first name + unsubscribe URL):

${t.personalise}
`;
}

export function formatRun(run: RunResult, previous: RunResult | undefined): { console: string; markdown: string } {
  const met = targets(run);
  const targetTable = table(['target', 'this run', ''], met.map((t) => [t.name, t.value, t.met ? 'met' : 'missed']), 2);
  const diff = previous ? agreement(rankings(previous), rankings(run)) : [];
  const consistency = previous
    ? diff.length
      ? `The previous run of the same commit (below) ranked differently in: ${diff.join('; ')}.`
      : 'The previous run of the same commit (below) agrees with this one on every ranking: median, p95, cold start, each scale, bytes, peak RSS and personalisation.'
    : 'No earlier run of this commit was found in `bench/.out/`; run `npm run bench` again to compare two runs.';
  const t = tables(run);
  const consoleText = `Ratios against the plain React Email template (seed issue, ${run.plan.warm} warm renders each):\n\n${t.ratios}\n\nAbsolute figures:\n\n${t.absolutes}\n\n${run.plan.copies} personalised copies:\n\n${t.personalise}\n\nTargets:\n\n${targetTable}\n`;
  const markdown = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`); do not edit by hand.

**The machine is shared and noisy**: ${run.cpu}, shared with other work while this ran. Absolute
milliseconds move from run to run; the ratios, taken in one run with interleaved rounds, are the
figures to compare.

## How it is measured

- Every contender renders the same newsletter: the seed issue, Vitako-Branchenticker Nr. 5
  (\`emails/fixtures/branchenticker-05.ts\`, 11 news items), with \`NODE_ENV=production\`. The run
  refuses to start if a contender's HTML lacks any of the issue's headlines, paragraphs, credits,
  events or footer lines.
- **newsletter-kit renderEmail**: \`renderEmail(<Issue data={…} />)\` → HTML + text, without the
  email check. **newsletter-kit checkEmail**: \`checkEmail(html)\` alone, on that output.
- **React Email template (baseline)**: the same newsletter written by hand with the
  \`@react-email/components\` primitives and inline style objects (\`bench/contenders/PlainTemplate.tsx\`),
  rendered with \`@react-email/render\`; no juice, no text part. Every ratio is against it.
- **React Email + plainText**: the same template rendered twice, HTML and \`plainText: true\`.
- **MJML 5**: MJML markup generated from the same data (\`bench/contenders/mjml-source.ts\`),
  \`mjml2html\` with its default (soft) validation.
- **renderToStaticMarkup (floor)**: React's own serializer on the plain template.
- Each contender is bundled on its own (esbuild, packages external) and runs in its own
  process. Warm: ${run.plan.warm} renders each, after ${run.plan.warmup} warm-up renders, in ${run.plan.rounds} interleaved rounds
  (the order rotates each round). Cold start: import + setup + first render in a fresh process,
  median of ${run.plan.cold}, interleaved. Scale: the issue's news items repeated to ${run.plan.scale.map((s) => `${s.items} (${s.renders} renders)`).join(', ')}.
  Peak RSS: the process's maximum resident set after the warm renders (Node itself included).
- Personalisation: ${run.plan.copies.toLocaleString('en')} copies, each with its own first name (in the greeting) and
  unsubscribe URL; every copy is verified to show both. The plain template and MJML both the
  obvious way (a full render per copy) and compiled once with stand-ins filled by \`replaceAll\`;
  newsletter-kit with \`prepareIssue\` + \`personalize\` where the library exports them, else a
  full render per copy.

## Targets

${targetTable}

## Results

${consistency}

${section(run, '### This run')}
${previous ? `\n${section(previous, '### Previous run')}` : ''}`;
  return { console: consoleText, markdown };
}
