import { defineRule } from '../rule';

const dpiFix = /^\s*<xml>[\s\S]*<o:PixelsPerInch>\s*96\s*<\/o:PixelsPerInch>/i;

export const outlookDpi = defineRule({
  id: 'outlook-dpi',
  severity: 'error',
  description:
    'The 96-DPI fix is present: `<o:PixelsPerInch>96</o:PixelsPerInch>` inside an `<!--[if gte mso 9]><xml>` block.',
  clients: 'Outlook for Windows scales pixel sizes on high-DPI screens otherwise.',
  source: 'Microsoft Office XML settings (o:OfficeDocumentSettings); common email practice',
  check(doc, { report }) {
    const present = doc.conditionalComments.some(({ condition, content }) => /^gte\s+mso\s+9$/i.test(condition.trim()) && dpiFix.test(content));
    return present ? [] : [report('no <o:PixelsPerInch>96</o:PixelsPerInch> in an <!--[if gte mso 9]><xml> block: Outlook scales images on high-DPI screens')];
  },
});
