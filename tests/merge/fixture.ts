import { branchenticker05 } from '../../emails/fixtures/branchenticker-05';
import type { IssueData } from '../../src';

export interface Personal {
  firstName: string;
  unsubscribeUrl: string;
  webViewUrl: string;
  profileUrl: string;
}

/**
 * The seed issue with per-recipient fields where newsletters put them: the greeting, the middle
 * of a long paragraph (the text part wraps around it), the title (an attribute and `<title>`),
 * the web-view line, a button (its text-part hint) and the footer's unsubscribe link.
 */
export function personalIssue(p: Personal): IssueData {
  const data = structuredClone(branchenticker05) as IssueData;
  data.title = `Vitako-Branchenticker Nr. 5 für ${p.firstName}`;
  data.browserUrl = p.webViewUrl;
  data.intro!.greeting = `Liebe ${p.firstName},`;
  const first = data.intro!.paragraphs[1] as string;
  const cut = first.indexOf(' ', 200);
  // Runs, not a string: a paragraph string is the inline format, and a value is text, never markup.
  data.intro!.paragraphs[1] = [`${first.slice(0, cut)} `, p.firstName, `,${first.slice(cut)}`];
  data.links = [...(data.links ?? []), { href: p.profileUrl, text: `Profil von ${p.firstName}` }];
  data.footer.unsubscribeUrl = p.unsubscribeUrl;
  return data;
}
