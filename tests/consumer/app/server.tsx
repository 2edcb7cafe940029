// A serverless function's entry, bundled into one file: renders and checks the issue.
import { Issue, renderEmail, type IssueData } from 'newsletter-kit';
import { checkEmail } from 'newsletter-kit/check';
import issue from './issue.json';

const { html, text } = await renderEmail(<Issue data={issue as IssueData} />);
const errors = checkEmail(html).filter((f) => f.severity === 'error');
console.log(JSON.stringify({ bytes: html.length, textHasFooter: text.includes('newsletter/abmelden'), errors: errors.length }));
