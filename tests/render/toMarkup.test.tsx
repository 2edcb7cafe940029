import { render } from '@react-email/render';
import { Suspense, use } from 'react';
import { describe, expect, it } from 'vitest';
import { Newsletter, Paragraph, renderEmail } from '../../src';
import { finishHtml } from '../../src/render/postprocess';
import { toMarkup } from '../../src/render/toMarkup';
import { exampleIssues } from '../support/issues';

const email = (children: React.ReactNode) => (
  <Newsletter title="T" preview="P">
    {children}
  </Newsletter>
);

/** A block of an app that waits for its data. */
function Later({ text }: { text: Promise<string> }) {
  return <Paragraph>{use(text)}</Paragraph>;
}

describe('toMarkup', () => {
  it('gives the markup @react-email/render gives, for both example issues', async () => {
    for (const { element } of await exampleIssues()) {
      expect(finishHtml(await toMarkup(element()))).toBe(finishHtml(await render(element())));
    }
  });

  it('waits for a block that suspends, inside a Suspense boundary of its own or not', async () => {
    const later = () => new Promise<string>((resolve) => setTimeout(() => resolve('Später geladen'), 5));
    const bare = await renderEmail(email(<Later text={later()} />));
    expect(bare.text).toContain('Später geladen');
    const bounded = await renderEmail(
      email(
        <Suspense fallback={<Paragraph>Lädt…</Paragraph>}>
          <Later text={later()} />
        </Suspense>,
      ),
    );
    expect(bounded.html).toContain('Später geladen');
    expect(bounded.html).not.toContain('Lädt…');
  });

  it('reports an error a block throws', async () => {
    function Broken(): never {
      throw new Error('kaputt');
    }
    await expect(renderEmail(email(<Broken />))).rejects.toThrow('kaputt');
  });
});
