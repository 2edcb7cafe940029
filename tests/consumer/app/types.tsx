// Type-checked with skipLibCheck: false under node16 and bundler resolution.
import { createTheme, Issue, issueSchema, NewsItem, renderEmail, type IssueData, type RenderResult, type Theme } from 'newsletter-kit';
import { checkEmail, formatFindings, ruleTable, type EmailClientId, type Finding } from 'newsletter-kit/check';
import issue from './issue.json';

const theme: Theme = createTheme({ colors: { link: '#0b5cad' } });
const data = issue as IssueData;
const parsed = issueSchema.safeParse(data);
const result: Promise<RenderResult> = renderEmail(<Issue data={data} theme={theme} />);
const item = <NewsItem title="Titel">Text</NewsItem>;
const client: EmailClientId = 'outlook.windows';
const findings: Finding[] = checkEmail('<html></html>', { clients: [client] });
export const out = [result, item, formatFindings(findings), ruleTable.length, parsed.success];
