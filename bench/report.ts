/** Tables of one run: ratios first, absolutes second; the targets; rankings for comparing runs. */
import { contenders, type ContenderKey } from './contender';

export interface Measured {
  /** Milliseconds per warm render, median and 95th percentile of all warm renders. */
  median: number;
  p95: number;
  /** Import + first render in a fresh process, median, ms. */
  cold: number;
  /** Median ms per render by number of news items. */
  scale: Record<number, number>;
  htmlBytes: number;
  gzipBytes: number;
  textBytes: number | null;
  /** Peak resident set of a fresh process after import and the renders of a cold start, median over the processes, bytes. */
  rss: number;
  /** What the tiers are taken from. */
  samples: {
    /** The median and the 95th percentile of each warm round. */
    roundMedians: number[];
    roundP95s: number[];
    cold: number[];
    /** Each cold-start process's peak resident set, bytes. */
    rss: number[];
    /** The median of each round, by number of news items. */
    scale: Record<number, number[]>;
  };
}

export interface Personalised {
  key: ContenderKey;
  label: string;
  /** Median of `samples`: ms for all copies, one-off preparation included. */
  ms: number;
  samples: number[];
  withText: boolean;
  /** `floor`: the least any way can do; `note`: shown beside the table, never a target's figure. */
  role?: 'floor' | 'note';
}

/** One fresh process streaming copies through `copies()`. */
export interface StreamRun {
  label: string;
  copies: number;
  /** Bytes of all copies, HTML + text. */
  bytes: number;
  ms: number;
  /** Peak resident set of the process, bytes. */
  rss: number;
}

export interface RunResult {
  date: string;
  node: string;
  cpu: string;
  commit: string;
  plan: { warm: number; warmup: number; rounds: number; cold: number; memoryRenders?: number; copies: number; stream?: number; scale: Array<{ items: number; renders: number; rounds: number }> };
  contenders: Record<ContenderKey, Measured>;
  personalise: Personalised[];
  stream?: StreamRun[];
  seconds: number;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.ceil(at)]! - s[lo]!) * (at - lo);
}
export const median = (xs: number[]) => quantile(xs, 0.5);

/** Repetitions of a personalisation way at most (within `PERSONALISE_BUDGET_S`). */
export const MANY = 9;
/**
 * How far apart two measured contenders must be to be ranked: the median of their sample
 * ratios at least 1.10. On a shared machine a round's figures move by several percent; without
 * a margin, two contenders a few percent apart are separated in one run and not in the next.
 * The median of the ratios, not a count of rounds past a threshold, is what moves least from
 * run to run. Exact figures (bytes) need no margin.
 */
export const MARGIN = 1.1;
/**
 * The margin for the 95th percentile: a tail figure rests on the few slowest renders of a round,
 * which a neighbour's burst of work decides as much as the code does; its round-to-round spread
 * here is 20-60 % against 3-6 % for the median.
 */
export const TAIL_MARGIN = 1.25;
/** Seconds a personalisation way may take in all before it is not repeated again. */
export const PERSONALISE_BUDGET_S = 2;

export const TIER_RULE = `Rankings are in tiers: \`a < b\` means b is measurably above a; \`a ≈ b\` means not. Two contenders are compared sample against sample: round against the same round where both were measured in the same interleaved rounds (warm renders, cold starts and their peak RSS, scale), which cancels the load the machine was under in that round; otherwise every sample of one against every sample of the other (personalisation, whose ways take turns in interleaved rounds too but not all the same number of samples). a is below b when the median of the ratios b / a is at least ${MARGIN} (${TAIL_MARGIN} for the 95th percentile, a tail figure whose round-to-round spread is several times the median's): contenders within ${Math.round((MARGIN - 1) * 100)} % of each other share a tier, and a run does not split them by chance. Bytes are exact and compared as they are. Tier boundaries go only where every contender below is below every contender above, so a ≈ b and b ≈ c keep a, b and c in one tier even if a < c. Within a tier the order shown is by the figure and means nothing. Samples: per-round medians and per-round 95th percentiles of the warm renders, each cold start, each cold-start process's peak RSS, per-round medians at each scale, each repetition of a personalisation.`;

export interface Sampled {
  name: string;
  value: number;
  samples: number[];
  /** Samples taken in the same rounds as the other contenders' and compared round by round. */
  paired: boolean;
  /** How far above a's the typical sample of b must be; none for exact figures (bytes), compared as they are. */
  margin?: number;
}

/** Whether a's samples lie below b's by the rule above. */
export function separatedBelow(a: Sampled, b: Sampled): boolean {
  if (a.margin === undefined || b.margin === undefined) return a.value < b.value;
  const ratios: number[] = [];
  if (a.paired && b.paired && a.samples.length === b.samples.length) a.samples.forEach((x, i) => ratios.push(b.samples[i]! / x));
  else for (const x of a.samples) for (const y of b.samples) ratios.push(y / x);
  return median(ratios) >= Math.max(a.margin, b.margin);
}

/** Contenders in tiers, lowest first: a boundary wherever everything below is separated from everything above. */
export function tiers(entries: Sampled[]): string[][] {
  const sorted = [...entries].sort((a, b) => a.value - b.value);
  const groups: string[][] = [];
  sorted.forEach((e, i) => {
    const boundary = i === 0 || sorted.slice(0, i).every((x) => sorted.slice(i).every((y) => separatedBelow(x, y)));
    if (boundary) groups.push([e.name]);
    else groups.at(-1)!.push(e.name);
  });
  return groups;
}

export const formatTiers = (t: string[][]) => t.map((tier) => tier.join(' ≈ ')).join(' < ');

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

function tables(run: RunResult): { ratios: string; absolutes: string; personalise: string; notes: string; stream: string } {
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
  const floor = run.personalise.find((p) => p.role === 'floor')?.ms;
  const personalise = table(
    ['contender', 'how', 'text part', `${run.plan.copies} copies ms`, 'per copy µs', '× the floor'],
    run.personalise.filter((p) => p.role !== 'note').map((p) => [p.role === 'floor' ? '–' : label(p.key), p.label, p.withText ? 'yes' : 'no', ms(p.ms), ms((p.ms * 1000) / run.plan.copies), ratio(p.ms, floor)]),
    3,
  );
  const notes = run.personalise
    .filter((p) => p.role === 'note')
    .map((p) => `Side note, not a target's figure: ${label(p.key)}, ${p.label}: ${ms(p.ms)} ms. V8 keeps such strings as ropes that nobody has flattened or encoded yet; whatever a sender does next (\`Buffer.from\`, \`JSON.stringify\`, a socket write) pays that cost, which the rows above include.`)
    .join('\n\n');
  const streams = run.stream ?? [];
  const stream = streams.length
    ? table(
        ['how', 'copies', 'ms (median)', 'per copy µs', 'MB written', 'peak RSS MB (highest)'],
        [[streams[0]!.label, streams[0]!.copies.toLocaleString('en'), ms(median(streams.map((r) => r.ms))), ms((median(streams.map((r) => r.ms)) * 1000) / streams[0]!.copies), (streams[0]!.bytes / 2 ** 20).toFixed(0), (Math.max(...streams.map((r) => r.rss)) / 2 ** 20).toFixed(0)]],
      )
    : '';
  return { ratios, absolutes, personalise, notes, stream };
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
  const sizes = run.plan.scale.map((s) => s.items);
  const [big, small] = [sizes.at(-1)!, sizes.at(-2)!];
  const floor = run.personalise.find((p) => p.role === 'floor');
  const bytes = run.personalise.filter((p) => p.key === 'newsletter-kit' && p.withText && p.role === undefined).sort((a, b) => a.ms - b.ms)[0];
  const mjmlOnce = run.personalise.find((p) => p.key === 'mjml' && p.label === 'compile once + replace');
  const copies = run.plan.copies.toLocaleString('en');
  const streams = run.stream ?? [];
  const peak = streams.length ? Math.max(...streams.map((r) => r.rss)) / 2 ** 20 : Number.NaN;
  return [
    { name: 'renderEmail (HTML + text, no check) ≤ 2.0× the plain React Email template', value: `×${(kit.median / base.median).toFixed(2)}`, met: kit.median / base.median <= 2 },
    { name: 'seed issue HTML ≤ 45,000 bytes', value: `${kit.htmlBytes.toLocaleString('en')} bytes`, met: kit.htmlBytes <= 45_000 },
    {
      name: `${copies} personalised copies as bytes (HTML + text) ≤ 3× the floor`,
      value: bytes && floor ? `×${(bytes.ms / floor.ms).toFixed(2)} (${ms(bytes.ms)} ms, floor ${ms(floor.ms)} ms; ${bytes.label})` : 'not measured',
      met: !!bytes && !!floor && bytes.ms / floor.ms <= 3,
    },
    {
      name: `${copies} copies as bytes ≥ 10× faster than MJML compiled once + replaceAll (bytes, HTML only)`,
      value: bytes && mjmlOnce ? `${(mjmlOnce.ms / bytes.ms).toFixed(1)}× faster` : 'not measured',
      met: !!bytes && !!mjmlOnce && mjmlOnce.ms / bytes.ms >= 10,
    },
    {
      name: `${(run.plan.stream ?? 0).toLocaleString('en')} copies streamed through copies(): peak RSS ≤ 250 MB (fresh process)`,
      value: streams.length ? `${peak.toFixed(0)} MB (highest of ${streams.length}), ${(median(streams.map((r) => r.ms)) / 1000).toFixed(1)} s` : 'not measured',
      met: streams.length > 0 && peak <= 250,
    },
    { name: 'cold import + first render ≤ 1.2× the plain React Email template', value: `×${(kit.cold / base.cold).toFixed(2)}`, met: kit.cold / base.cold <= 1.2 },
    { name: `linear: ${big.toLocaleString('en')} items ≤ 11× ${small} items`, value: `×${(kit.scale[big]! / kit.scale[small]!).toFixed(1)}`, met: kit.scale[big]! / kit.scale[small]! <= 11 },
  ];
}

/** Each measured quantity's contenders in tiers, fastest or smallest first. */
export function rankings(run: RunResult): Record<string, string[][]> {
  const keys = contenders.map((c) => c.key);
  const by = (value: (m: Measured) => number | null | undefined, samples: (m: Measured) => number[] | undefined, margin = MARGIN) =>
    tiers(
      keys.flatMap((k) => {
        const m = run.contenders[k];
        const v = value(m);
        const measured = samples(m);
        return v === undefined || v === null ? [] : [{ name: k, value: v, samples: measured ?? [v], paired: true, margin: measured ? margin : undefined }];
      }),
    );
  const out: Record<string, string[][]> = {
    median: by((m) => m.median, (m) => m.samples.roundMedians),
    p95: by((m) => m.p95, (m) => m.samples.roundP95s, TAIL_MARGIN),
    'cold start': by((m) => m.cold, (m) => m.samples.cold),
    'HTML bytes': by((m) => m.htmlBytes, () => undefined),
    'gzip bytes': by((m) => m.gzipBytes, () => undefined),
    'peak RSS': by((m) => m.rss, (m) => m.samples.rss),
    personalisation: tiers(run.personalise.filter((p) => p.role !== 'note').map((p) => ({ name: p.role === 'floor' ? 'floor' : `${p.key}/${p.label.replace(/ \(.*/, '')}`, value: p.ms, samples: p.samples, paired: false, margin: MARGIN }))),
  };
  for (const s of run.plan.scale) out[`${s.items} items`] = by((m) => m.scale[s.items], (m) => m.samples.scale[s.items]);
  return out;
}

/**
 * The rankings whose tiers differ between two runs. Moving within a tier is no difference; a
 * contender crossing a tier boundary is, and the note says whether any pair's order reversed
 * or tiers only split or merged.
 */
export function agreement(a: Record<string, string[][]>, b: Record<string, string[][]>): string[] {
  const canonical = (t: string[][] | undefined) => JSON.stringify(t?.map((tier) => [...tier].sort()));
  const tierOf = (t: string[][], name: string) => t.findIndex((tier) => tier.includes(name));
  return Object.keys(b)
    .filter((k) => canonical(a[k]) !== canonical(b[k]))
    .map((k) => {
      const names = b[k]!.flat();
      const reversed = names.some((x) => names.some((y) => a[k] && tierOf(a[k], x) < tierOf(a[k], y) && tierOf(b[k]!, x) > tierOf(b[k]!, y)));
      return `${k}: ${a[k] ? formatTiers(a[k]) : '–'} → ${formatTiers(b[k]!)} (${reversed ? 'an order reversed' : 'tiers split or merged, no order reversed'})`;
    });
}

function rankingList(run: RunResult): string {
  return Object.entries(rankings(run))
    .map(([k, t]) => `- ${k}: ${formatTiers(t)}`)
    .join('\n');
}

function section(run: RunResult, heading: string): string {
  const t = tables(run);
  return `${heading}

${run.date.slice(0, 16).replace('T', ' ')} UTC · Node ${run.node} · ${run.cpu} · commit ${run.commit} · ${run.seconds.toFixed(0)} s

Ratios against the plain React Email template (×1.00 = as fast or as small; below 1 is better):

${t.ratios}

Absolute figures:

${t.absolutes}

${run.plan.copies.toLocaleString('en')} personalised copies as the UTF-8 bytes a sender writes (first name + unsubscribe URL; median of each way's repetitions; the floor copies one finished copy's bytes per recipient):

${t.personalise}

${t.notes}
${t.stream ? `\nMany copies one at a time (\`copies()\`, a fresh process each, nothing kept):\n\n${t.stream}\n` : ''}
Rankings in tiers (\`<\` at least ${Math.round((MARGIN - 1) * 100)} % apart in the median comparison, ${Math.round((TAIL_MARGIN - 1) * 100)} % for p95; \`≈\` closer; see the rule above):

${rankingList(run)}
`;
}

export function formatRun(run: RunResult, previous: RunResult | undefined): { console: string; markdown: string } {
  const met = targets(run);
  const targetTable = table(['target', 'this run', ''], met.map((t) => [t.name, t.value, t.met ? 'met' : 'missed']), 2);
  const diff = previous ? agreement(rankings(previous), rankings(run)) : [];
  const consistency = previous
    ? diff.length
      ? `The previous run of the same commit (below) ranked differently (tiers) in: ${diff.join('; ')}.`
      : 'The previous run of the same commit (below) agrees with this one on every tier ranking: median, p95, cold start, each scale, bytes, peak RSS and personalisation.'
    : 'No earlier run of this commit was found in `bench/.out/`; run `npm run bench` again to compare two runs.';
  const t = tables(run);
  const consoleText = `Ratios against the plain React Email template (seed issue, ${run.plan.warm} warm renders each):\n\n${t.ratios}\n\nAbsolute figures:\n\n${t.absolutes}\n\n${run.plan.copies} personalised copies as bytes:\n\n${t.personalise}\n\n${t.notes}\n\n${t.stream}\n\nTargets:\n\n${targetTable}\n\n${TIER_RULE}\n\n${rankingList(run)}\n`;
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
  (the order rotates each round; within a round the contenders take turns, 3 renders at a time, so that
  a burst of other work falls on all of them alike). Cold start: import + setup + first render in a fresh process, after one untimed fresh process
  per contender (so that its files are in the OS file cache),
  median of ${run.plan.cold}, interleaved (the order rotates each time). Scale: the issue's news items repeated to
  ${run.plan.scale.map((s) => `${s.items} (${s.renders} renders in ${s.rounds} rounds)`).join(', ')}.
  Peak RSS: the highest resident set (\`maxRSS\`, Node itself included) of each cold-start process
  after its first render and ${run.plan.memoryRenders ?? 0} more, median over the ${run.plan.cold} processes: a fresh process with a
  fixed amount of work, so that the figure does not depend on how long a process has run.
- Personalisation: ${run.plan.copies.toLocaleString('en')} copies, each with its own first name (in the greeting) and
  unsubscribe URL, each as what a sender hands to a transport: the UTF-8 bytes of the HTML part
  and, where the way makes one, of the text part (a \`Uint8Array\` each); every copy is decoded and
  verified to show both values. The plain template and MJML both the obvious way (a full render
  per copy) and compiled once with stand-ins filled by \`replaceAll\`, then encoded;
  newsletter-kit with \`prepareIssue\` + \`personalizeBytes\` (pre-encoded chunks, only the values
  encoded per copy) and, for comparison, \`personalize\` + \`TextEncoder\`. **The floor** copies the
  bytes of one finished newsletter-kit copy (HTML + text, encoded outside the timing) once per
  recipient (\`Uint8Array.prototype.slice\`): memory bandwidth, the least any way can do; the
  targets read against it. Every way keeps all its copies, as the floor does. The ways take
  their samples in interleaved rounds (one sample each per round, the order rotating), so that
  a burst of load falls on all alike; each is sampled again while cheap (up to ${MANY} times within
  ${PERSONALISE_BUDGET_S} s); the figure is the median, one-off preparation included each time. The figure for \`personalize\`'s strings without encoding is a side note:
  V8 returns them as ropes nobody has flattened yet.
- Streaming: ${(run.plan.stream ?? 0).toLocaleString('en')} copies through \`for await (const copy of prepared.copies(recipients))\`,
  recipients from a generator, each copy's bytes counted and let go, in ${run.stream?.length ?? 0} fresh processes run
  one after another once every other worker has exited; prepareIssue included. The time is the
  median, the peak RSS (\`maxRSS\`, Node itself included) the highest of them.

## How runs are compared

${TIER_RULE}

A ranking of two runs agrees when the tiers are the same: a contender moving within its tier is no
difference, one crossing a tier boundary is (whether a pair's order reversed or tiers only split
or merged is said).

## Targets

${targetTable}

## Results

${consistency}

${section(run, '### This run')}
${previous ? `\n${section(previous, '### Previous run')}` : ''}`;
  return { console: consoleText, markdown };
}
