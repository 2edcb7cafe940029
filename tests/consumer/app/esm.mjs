// Plain ESM without a compiler.
import { createElement } from 'react';
import { Issue, renderEmail } from 'newsletter-kit';
import { readFileSync } from 'node:fs';

const issue = JSON.parse(readFileSync(new URL('./issue.json', import.meta.url), 'utf8'));
const { html, text } = await renderEmail(createElement(Issue, { data: issue }));
console.log(JSON.stringify({ bytes: html.length, text: text.length }));
