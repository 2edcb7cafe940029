import { describe, expect, it } from 'vitest';
import { Newsletter, Paragraph, renderEmail } from '../../src';
import { EmailCheckError, renderAndCheck } from '../../src/check';
import { inlineCss } from '../../src/inline';
import { htmlSerialization, layOut } from '../../src/render/postprocess';

const email = (children: React.ReactNode) => (
  <Newsletter title="T" preview="P">
    {children}
  </Newsletter>
);

describe('renderEmail', () => {
  it('needs no CSS inliner for the library\'s own blocks: every style is already inline', async () => {
    const { html, text } = await renderEmail(email(<Paragraph>Text</Paragraph>));
    expect(html).toMatch(/<p style="[^"]*font-size:16px/);
    expect(text).toContain('Text');
  });

  it('refuses a <style> of the app\'s own unless it passes a CSS inliner, rather than ship CSS that GMX drops', async () => {
    const withStyle = email(
      <>
        <style>{'.note{color:#224466}'}</style>
        <p className="note">Hinweis</p>
      </>,
    );
    await expect(renderEmail(withStyle)).rejects.toThrow(/1 <style> element\(s\) of its own[\s\S]*inlineCss/);
  });

  it('inlines styles from a <style> a user adds and removes the classes it used', async () => {
    const { html } = await renderEmail(
      email(
        <>
          <style>{'.note{color:#224466;font-weight:bold}'}</style>
          <p className="note" style={{ backgroundColor: '#ffffff' }}>
            Hinweis
          </p>
        </>,
      ),
      { inlineCss },
    );
    expect(html).toMatch(/<p style="[^"]*color: ?#224466;[^"]*font-weight: ?bold/);
    expect(html).not.toMatch(/class="[^"]*\bnote\b/);
    expect(html).not.toContain('.note');
  });

  it('keeps media queries a user adds, and the classes they select', async () => {
    const { html } = await renderEmail(
      email(
        <>
          <style>{'@media (max-width:480px){.wide{width:100%!important}}'}</style>
          <p className="wide">Breit</p>
        </>,
      ),
      { inlineCss },
    );
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.replace(/\s+/g, '')).toContain('@media(max-width:480px){.wide{width:100%!important;}}');
    expect(html.slice(html.indexOf('<body'))).not.toContain('<style');
    expect(html).toContain('<p class="wide"');
  });
});

describe('renderAndCheck', () => {
  it('returns findings in soft mode and throws every error in strict mode (the default)', async () => {
    const bad = email(<p style={{ color: '#000000', backgroundColor: '#ffffff' }}>Kein Impressum, kein Abmeldelink</p>);
    const soft = await renderAndCheck(bad, { level: 'soft' });
    expect(soft.findings.map((f) => f.rule)).toContain('unsubscribe-link');
    const error = await renderAndCheck(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailCheckError);
    expect((error as EmailCheckError).message).toMatch(/The email check found \d+ error\(s\):[\s\S]*unsubscribe-link/);
    expect('findings' in (await renderEmail(bad))).toBe(false);
  });

  it('passes check options through, e.g. a smaller size budget', async () => {
    const { findings } = await renderAndCheck(email(<Paragraph>Text</Paragraph>), {
      level: 'soft',
      check: { sizeBudget: { error: 1_000, warning: 500 } },
    });
    expect(findings.find((f) => f.rule === 'gmail-size')?.severity).toBe('error');
  });
});

describe('post-processing', () => {
  it('drops only classes that no <style> rule selects', () => {
    const html = '<span><style>.keep{color:red}</style></span><span class="keep drop">x</span><span class="gone">y</span>';
    expect(layOut(html)).toBe('<span>\n<style>.keep{color:red}</style></span><span class="keep">x</span><span>y</span>');
  });

  it('breaks lines before block tags only, never inside text', () => {
    expect(layOut('<table><tr><td><p>a <a href="x">b</a> c</p></td></tr></table>')).toBe(
      '<table>\n<tr>\n<td>\n<p>a <a href="x">b</a> c</p></td></tr></table>',
    );
  });

  it('writes each Outlook marker as its conditional comment on a line of its own', () => {
    expect(layOut('<td><nk-mso data-if="mso" data-html="&lt;table role=&quot;presentation&quot;&gt;"></nk-mso>x</td>')).toBe(
      '\n<td>\n<!--[if mso]><table role="presentation"><![endif]-->x</td>'.replace(/^\n/, ''),
    );
  });

  it('serializes as HTML, inside void elements too, and drops the text hints', () => {
    expect(
      htmlSerialization('<table cellPadding="0"><tr><td colSpan="2" data-nk-text="Mehr: x">a<!-- -->b</td></tr></table><img src="a" hidden=""/><meta httpEquiv="x" data-nk-text="y"/><style data-embed="">p{}</style>'),
    ).toBe('<table cellpadding="0"><tr><td colspan="2">ab</td></tr></table><img src="a" hidden><meta httpequiv="x"><style>p{}</style>');
  });
});
