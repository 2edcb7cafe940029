import { readdirSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import type { ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../src/render';
import { clean, mutate } from './helpers';

/** html-validate's presets with the rules that email HTML must break switched off. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    'no-inline-style': 'off', // inline styles are the point of email HTML
    'no-deprecated-attr': 'off', // width, height, bgcolor, align, cellpadding: Outlook needs them
    deprecated: 'off', // <center> inside VML buttons
    'no-conditional-comment': 'off', // Outlook conditionals
    'prefer-tbody': 'off', // tables inside conditional comments
    'doctype-html': 'off', // React Email emits the XHTML 1.0 Transitional doctype
    'attr-case': 'off', // React Email writes cellPadding/cellSpacing
    'prefer-native-element': 'off', // role="article" on a <div>: <article> is unsupported in many clients (caniemail "HTML5 semantics")
  },
});

function problems(html: string): string[] {
  const report = validator.validateStringSync(html);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`));
}

describe('html-validate (email configuration)', () => {
  it('accepts the clean check fixture', () => {
    expect(problems(clean)).toEqual([]);
  });

  it('rejects a document with a duplicate id', () => {
    const broken = mutate(['<h1 class="nk-text"', '<h1 id="x" class="nk-text"'], ['<h2 class="nk-text"', '<h2 id="x" class="nk-text"']);
    expect(problems(broken).map((problem) => problem.split(' ')[0])).toContain('no-dup-id');
  });

  const names = readdirSync(new URL('../../emails/', import.meta.url))
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => file.replace(/\.tsx$/, ''));
  it.each(names)('accepts the example issue %s', async (name) => {
    const module = (await import(`../../emails/${name}.tsx`)) as { default: ComponentType<object> & { PreviewProps: object } };
    const Email = module.default;
    const { html } = await renderEmail(<Email {...Email.PreviewProps} />);
    expect(problems(html)).toEqual([]);
  });
});
