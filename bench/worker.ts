/**
 * One contender in its own process. `cold <bundle>` times import + first render of a fresh
 * process and exits; `serve <bundle>` answers the run's requests over IPC, so that contenders
 * never share a heap, a JIT or a module cache.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Contender, Output, Personaliser } from './contender';
import { greetingFor, issueWithItems, recipients, seed, type Recipient } from './content';

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
  let people: Recipient[] = [];
  let ways: Personaliser[] = [];
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
    /** The ways of personalising, set up for `count` recipients: their labels and roles, in order. */
    async personaliseSetup({ count }) {
      people = recipients(count!);
      ways = (await contender.personalisers?.()) ?? [];
      for (const way of ways) await way.setup?.(seed);
      return ways.map((way) => ({ label: way.label, role: way.role }));
    },
    /** One timed run of way `way` over all recipients; every copy is then verified, outside the timing. */
    async personaliseOnce({ way: index }) {
      const personaliser = ways[index!]!;
      const start = performance.now();
      const copies = await personaliser.run(seed, people);
      const ms = performance.now() - start;
      if (copies.length !== people.length) throw new Error(`${personaliser.label}: ${copies.length} copies for ${people.length} recipients`);
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
      return { ms, withText: personaliser.role === 'floor' || strings[0]!.text !== undefined };
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
