/** An href that is one ESP merge tag, filled with a real URL by the sending service. */
const mergeTag = [
  /^\{\{\{?\s*[\w.\- ]+\s*\}?\}\}$/, // Handlebars, Liquid, Mustache: {{unsubscribe_url}}, {{{ url }}}
  /^\*\|[A-Z0-9_:-]+\|\*$/i, // Mailchimp: *|UNSUB|*
  /^%%[\w.:=-]+%%$/, // Salesforce Marketing Cloud: %%unsub_center_url%%
];

export function isMergeTag(value: string): boolean {
  return mergeTag.some((pattern) => pattern.test(value.trim()));
}

export type UrlVerdict = 'ok' | 'http' | 'bad';

export function classifyUrl(value: string | undefined, allowed: RegExp): UrlVerdict {
  const url = (value ?? '').trim();
  if (isMergeTag(url)) return 'ok';
  if (allowed.test(url)) return 'ok';
  if (/^http:\/\/[^/\s]/i.test(url)) return 'http';
  return 'bad';
}
