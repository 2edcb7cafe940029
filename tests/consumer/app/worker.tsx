// A module worker: renders the issue on each request. `test` is what `workerd test` runs.
import { Issue, renderEmail, type IssueData } from 'newsletter-kit';
import issue from './issue.json';

const worker = {
  async fetch(): Promise<Response> {
    const { html, text } = await renderEmail(<Issue data={issue as IssueData} />);
    return new Response(JSON.stringify({ html, text }), { headers: { 'content-type': 'application/json' } });
  },
  async test(): Promise<void> {
    const { html, text } = (await (await worker.fetch()).json()) as { html: string; text: string };
    if (!html.includes('</html>') || !text.includes('newsletter/abmelden')) throw new Error('the worker rendered an incomplete issue');
    console.log(`workerd rendered ${html.length} characters of HTML and ${text.length} of text`);
  },
};
export default worker;
