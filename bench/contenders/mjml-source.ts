/**
 * The seed issue as MJML markup, generated from the same data the other contenders render:
 * what an MJML user's template engine would produce before `mjml2html`.
 */
import { eventDate, issueTitle, labels, mastheadLine, runs, type Issue, type NewsData } from '../content';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraph = (text: Issue['intro']['paragraphs'][number]) =>
  `<mj-text>${runs(text)
    .map((r) => (typeof r === 'string' ? esc(r) : `<a href="${esc(r.href)}" style="color:#0b5cad;text-decoration:underline">${esc(r.text)}</a>`))
    .join('')}</mj-text>`;

const divider = '<mj-section padding="24px 24px 0"><mj-column><mj-divider border-color="#d9dee4" border-width="1px" padding="0" /></mj-column></mj-section>';

function newsItem(item: NewsData): string {
  const source = 'source' in item && item.source ? `<span style="color:#0b5cad">${esc(item.source)}: </span>` : '';
  const credit = 'credit' in item.image && item.image.credit ? `<mj-text css-class="credit" font-size="14px" line-height="20px" color="#52606d" padding="4px 0 16px">${esc(`${labels.photo}: ${item.image.credit}`)}</mj-text>` : '';
  return `${divider}
<mj-section padding="24px 24px 0"><mj-column>
<mj-text font-size="20px" line-height="26px" font-weight="700" color="#0b3a66" padding="0 0 8px"><h2 style="margin:0;font-size:20px">${source}${esc(item.title)}</h2></mj-text>
<mj-image src="${esc(item.image.src)}" alt="${esc(item.image.alt)}" width="552px" padding="0" />
${credit}
${item.paragraphs.map(paragraph).join('\n')}
<mj-text><a href="${esc(item.href)}" style="color:#0b5cad;font-weight:700;text-decoration:underline">${esc(labels.more)}</a></mj-text>
</mj-column></mj-section>`;
}

export function toMjml(issue: Issue): string {
  const { calendar, footer } = issue;
  const p = footer.publisher;
  const small = (html: string, bold = false) => `<mj-text font-size="12px" line-height="18px" color="#3e4c59" padding="0 0 12px"${bold ? ' font-weight="700"' : ''}>${html}</mj-text>`;
  const link = (href: string, text: string) => `<a href="${esc(href)}" style="color:#0b5cad;text-decoration:underline">${esc(text)}</a>`;
  return `<mjml lang="de">
<mj-head>
<mj-title>${esc(issueTitle(issue))}</mj-title>
<mj-preview>${esc(issue.preview)}</mj-preview>
<mj-attributes>
<mj-all font-family="Arial, Helvetica, sans-serif" />
<mj-text font-size="16px" line-height="24px" color="#1f2933" padding="0 0 16px" />
</mj-attributes>
</mj-head>
<mj-body background-color="#eef1f5" width="600px">
<mj-section padding="16px 24px"><mj-column>
<mj-text align="center" font-size="14px" line-height="20px" color="#52606d" padding="0">${esc(labels.viewInBrowserBefore)}<a href="${esc(issue.browserUrl)}" style="color:#52606d;text-decoration:underline">${esc(labels.viewInBrowserLink)}</a>${esc(labels.viewInBrowserAfter)}</mj-text>
</mj-column></mj-section>
<mj-wrapper background-color="#ffffff" padding="0">
<mj-section border-top="4px solid #0b5cad" padding="32px 24px 16px"><mj-column>
<mj-text font-size="28px" line-height="34px" font-weight="700" color="#0b3a66" padding="0"><h1 style="margin:0;font-size:28px">${esc(issueTitle(issue))}</h1></mj-text>
<mj-text font-size="14px" line-height="20px" color="#52606d" padding="4px 0 0">${esc(mastheadLine(issue))}</mj-text>
</mj-column></mj-section>
<mj-section padding="16px 24px 0"><mj-column>
<mj-text>${esc(issue.intro.greeting)}</mj-text>
${issue.intro.paragraphs.map(paragraph).join('\n')}
<mj-text font-weight="700" padding="0">${issue.intro.signOff.map(esc).join('<br />')}</mj-text>
</mj-column></mj-section>
${issue.news.map(newsItem).join('\n')}
${divider}
<mj-section padding="24px 24px 0"><mj-column>
<mj-text font-size="20px" line-height="26px" font-weight="700" color="#0b3a66" padding="0 0 8px"><h2 style="margin:0;font-size:20px">${esc(calendar.title)}</h2></mj-text>
${calendar.events
  .map((e) => `<mj-text padding="0 0 8px"><strong>${esc(eventDate(e))}</strong>, ${'location' in e && e.location ? `${esc(e.location)}, ` : ''}${link(e.href, e.title)}${e.online ? ` (${esc(labels.online)})` : ''}</mj-text>`)
  .join('\n')}
<mj-text><a href="${esc(calendar.allEvents.href)}" style="color:#0b5cad;font-weight:700;text-decoration:underline">${esc(calendar.allEvents.label)}</a></mj-text>
</mj-column></mj-section>
${issue.links.map((l) => `<mj-section padding="16px 24px 24px"><mj-column><mj-button href="${esc(l.href)}" background-color="#0b5cad" color="#ffffff" font-weight="700" border-radius="4px" align="left">${esc(l.text)}</mj-button></mj-column></mj-section>`).join('\n')}
<mj-section background-color="#f5f7fa" padding="24px"><mj-column>
${small(esc(p.name), true)}
${small([p.representatives.map((r) => `${r.role}: ${r.name}`).join(', '), p.address.street, `${p.address.postalCode} ${p.address.city}`, p.address.country].map(esc).join('<br />'))}
${small(`${esc(labels.phone)}: ${esc(p.phone)}<br />${esc(labels.email)}: ${link(`mailto:${p.email}`, p.email)}<br />${esc(labels.website)}: ${link(p.website, p.website)}`)}
${small(`${esc(`${labels.registerCourt}: ${p.register.court}, ${labels.registerNumber}: ${p.register.number}`)}<br />${esc(`${labels.vatId}: ${p.vatId}`)}`)}
${small(esc(footer.disclaimerTitle), true)}
${footer.disclaimer.map((d) => small(esc(d))).join('\n')}
${small(esc(labels.objectionNotice))}
${small(`${esc(labels.unsubscribeBefore)}${link(footer.unsubscribeUrl, labels.unsubscribe)}${esc(labels.unsubscribeAfter)}`)}
</mj-column></mj-section>
</mj-wrapper>
</mj-body>
</mjml>`;
}
