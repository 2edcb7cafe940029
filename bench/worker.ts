/**
 * One contender in its own process. `cold <bundle>` times import + first render of a fresh
 * process and exits; `serve <bundle>` answers the run's requests over IPC, so that contenders
 * never share a heap, a JIT or a module cache.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Contender, Output } from './contender';
import { greetingFor, issueWithItems, recipients, seed } from './content';

// The third argument: renders after the first (cold) or copies (stream).
const [mode, bundle, howMany = '0'] = process.argv.slice(2);
if (!bundle) throw new Error('usage: worker (cold <contender bundle> <renders after the first>|serve <contender bundle>|stream <contender bundle> <copies>)');

const load = async (): Promise<Contender> => ((await import(pathToFileURL(bundle).href)) as { contender: Contender }).contender;

if (mode === 'stream') {
  // A fresh process that prepares the seed issue and streams `count` copies: the time and the highest resident set it had.
  const contender = await load();
  if (!contender.stream) throw new Error('this contender does not stream');
  const start = performance.now();
  const result = await contender.stream(seed, Number(howMany));
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ...result, ms, rss: process.resourceUsage().maxRSS * 1024 }));
} else if (mode === 'cold') {
  const start = performance.now();
  const contender = await load();
  const render = await contender.setup(seed);
  await render();
  const ms = performance.now() - start;
  for (let i = 0; i < Number(howMany); i++) await render();
  // maxRSS is in kilobytes: the highest resident set the process has had, Node itself included.
  process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const contender = await load();
  const renders = new Map<number, () => Promise<Output>>();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const asString = (part: Uint8Array | string, role: string | undefined) => {
    if (typeof part === 'string' && role !== 'note') throw new Error('a personaliser gave a string where the bytes a sender writes were expected');
    return typeof part === 'string' ? part : utf8.decode(part);
  };
  const decode = (s: string) => s.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  const handlers: Record<string, (msg: Record<string, number>) => Promise<unknown>> = {
    async setup({ items, warmup }) {
      const render = await contender.setup(issueWithItems(items!));
      renders.set(items!, render);
      let out = await render();
      for (let i = 1; i < warmup!; i++) out = await render();
      return {
        htmlBytes: Buffer.byteLength(out.html),
        gzipBytes: gzipSync(out.html).length,
        textBytes: out.text === undefined ? null : Buffer.byteLength(out.text),
        html: items === seed.news.length ? out.html : undefined,
      };
    },
    /** `count` timed renders. */
    async time({ items, count }) {
      const render = renders.get(items!)!;
      const times: number[] = [];
      for (let i = 0; i < count!; i++) {
        const start = performance.now();
        await render();
        times.push(performance.now() - start);
      }
      return { times };
    },
    /** Each way is run again while it is cheap (up to `repeat` times within `budgetMs`), so that its tier is known. */
    async personalise({ count, repeat, budgetMs }) {
      const people = recipients(count!);
      const results = [];
      for (const personaliser of (await contender.personalisers?.()) ?? []) {
        const samples: number[] = [];
        let withText = false;
        await personaliser.setup?.(seed);
        do {
          const start = performance.now();
          const copies = await personaliser.run(seed, people);
          samples.push(performance.now() - start);
          if (copies.length !== count) throw new Error(`${personaliser.label}: ${copies.length} copies for ${count} recipients`);
          // Every way but a note must give what a sender writes: bytes.
          const strings = copies.map((copy) => ({ html: asString(copy.html, personaliser.role), text: copy.text === undefined ? undefined : asString(copy.text, personaliser.role) }));
          const wrong = personaliser.role === 'floor'
            ? -1
            : strings.findIndex(
                (copy, i) =>
                  !copy.html.includes(people[i]!.unsubscribeUrl) ||
                  !decode(copy.html).includes(greetingFor(people[i]!.firstName)) ||
                  (copy.text !== undefined && !copy.text.includes(greetingFor(people[i]!.firstName))),
              );
          if (wrong >= 0) throw new Error(`${personaliser.label}: copy ${wrong} does not show its recipient's name and unsubscribe URL`);
          withText = personaliser.role === 'floor' || strings[0]!.text !== undefined;
        } while (samples.length < repeat! && samples.reduce((a, b) => a + b, 0) * (1 + 1 / samples.length) < budgetMs!);
        results.push({ label: personaliser.label, samples, withText, role: personaliser.role });
      }
      return results;
    },
  };

  process.on('message', async (msg: Record<string, number> & { id: number; op: string }) => {
    try {
      process.send!({ id: msg.id, result: await handlers[msg.op]!(msg) });
    } catch (error) {
      process.send!({ id: msg.id, error: (error as Error).stack ?? String(error) });
    }
  });
  process.send!({ id: 0, result: 'ready' });
}
