import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/**
 * The library as React Server Components import it (Next.js route handlers, Server Components,
 * server actions): its own `react` import is React's server build, without `createContext` and
 * without working hooks, while the HTML renderer brings the full React. Here the library's
 * `react` is that server build's export list; react-dom (not transformed by vitest) keeps the full one.
 */
vi.mock('react', async () => {
  const full = await vi.importActual<Record<string, unknown>>('react');
  // Present but undefined: vitest's module mock refuses to read a name it does not list.
  const server = Object.fromEntries(
    Object.entries(full).map(([name, value]) => [name, /^(createContext|useContext|useState|useEffect|useReducer|useRef|useLayoutEffect|useInsertionEffect|useSyncExternalStore|useTransition|useDeferredValue|useOptimistic|useActionState|useImperativeHandle|Component|PureComponent)$/.test(name) ? undefined : value]),
  );
  return { ...server, default: server };
});

const react = await import('react');
const { Newsletter, Paragraph, renderEmail, useNewsletter } = await import('../../src');
const { exampleIssues } = await import('../support/issues');

describe('under React’s server build (the react-server condition)', () => {
  it('is what the library imports here: no createContext, no useContext', () => {
    expect(Reflect.get(react, 'createContext')).toBeUndefined();
    expect(Reflect.get(react, 'useContext')).toBeUndefined();
  });

  it('renders both example issues to the bytes of their snapshots (renderToString, the secondary renderer)', async () => {
    for (const { name, element } of await exampleIssues()) {
      const { html, text } = await renderEmail(element());
      expect(html, name).toBe(readFileSync(join(import.meta.dirname, '..', 'snapshots', `${name}.html`), 'utf8'));
      expect(text, name).toBe(readFileSync(join(import.meta.dirname, '..', 'snapshots', `${name}.txt`), 'utf8'));
    }
  });

  it('reads the enclosing Newsletter in a tree that suspends (the streaming renderer), nested and side by side', async () => {
    function Probe({ label }: { label: string }) {
      const { lang, labels } = useNewsletter();
      return <Paragraph>{`${label}: ${lang} ${labels.more}`}</Paragraph>;
    }
    async function Later() {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return <Probe label="later" />;
    }
    const email = (lang: 'de' | 'en') => (
      <Newsletter lang={lang} title="t" preview="p">
        <Probe label="first" />
        <Later />
        <Probe label="last" />
      </Newsletter>
    );
    const [german, english] = await Promise.all([renderEmail(email('de')), renderEmail(email('en'))]);
    expect(german.text).toMatch(/first: de Mehr…[\s\S]*later: de Mehr…[\s\S]*last: de Mehr…/);
    expect(english.text).toMatch(/first: en Read more…[\s\S]*later: en Read more…[\s\S]*last: en Read more…/);
  });
});
