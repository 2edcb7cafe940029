import { caniemailData } from './support/data';
import type { EmailClientId } from './support/clients';

/** The clients the check covers by default: the big international ones and the big German webmails. */
export const defaultClients = [
  'gmail.desktop-webmail',
  'gmail.ios',
  'gmail.android',
  'outlook.windows',
  'outlook.macos',
  'outlook.outlook-com',
  'apple-mail.macos',
  'apple-mail.ios',
  'yahoo.desktop-webmail',
  'gmx.desktop-webmail',
  'web-de.desktop-webmail',
  // caniemail's only Thunderbird with data; thunderbird.windows lacks most features.
  'thunderbird.macos',
] as const satisfies readonly EmailClientId[];

const { nicenames } = caniemailData;

/** The day of caniemail's data, e.g. `2026-05-13`. */
export const dataDate = caniemailData.last_update_date.slice(0, 10);

/** "Outlook Windows" for `outlook.windows`, from caniemail's own names. */
export function clientName(client: string): string {
  const [family = client, platform = ''] = client.split('.');
  return `${nicenames.family[family] ?? family} ${nicenames.platform[platform] ?? platform}`.trim();
}
