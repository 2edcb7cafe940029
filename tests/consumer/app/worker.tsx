// A worker (Cloudflare-style module worker): renders the issue on each request.
import { Issue, renderEmail, type IssueData } from 'newsletter-kit';
import issue from './issue.json';

export default {
  async fetch(): Promise<Response> {
    const { html, text } = await renderEmail(<Issue data={issue as IssueData} />);
    return new Response(JSON.stringify({ html, text }), { headers: { 'content-type': 'application/json' } });
  },
};
