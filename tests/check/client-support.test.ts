import { rawData } from 'caniemail';
import { describe, expect, it } from 'vitest';
import { checkEmail, clientSupportAllowlist, defaultClients, type Finding } from '../../src/check';
import { mutate } from './helpers';

const P1 = '<p style="margin:0 0 16px;font-size:16px;line-height:24px">Liebe Leserinnen';
const READ_MORE = '>Weiterlesen: Rechenzentren in der Krise</a>';

function clientsWith(findings: Finding[], feature: string, severity: Finding['severity'] = 'error'): string[] {
  return findings
    .filter((f) => f.rule === 'client-support' && f.severity === severity && f.message.includes(feature))
    .map((f) => f.client ?? '')
    .sort();
}

describe('client-support', () => {
  it('checks the twelve default clients, Thunderbird by its only id with data', () => {
    expect(defaultClients).toHaveLength(12);
    expect(defaultClients).toContain('thunderbird.macos');
    expect(defaultClients).toContain('gmx.desktop-webmail');
    expect(defaultClients).toContain('web-de.desktop-webmail');
  });

  it('allows opacity in the hidden preheader but reports it anywhere else', () => {
    const findings = checkEmail(mutate([P1, P1.replace('margin:0 0 16px;', 'margin:0 0 16px;opacity:0.9;')]));
    expect(clientsWith(findings, '`opacity`')).toEqual(['gmx.desktop-webmail', 'outlook.windows', 'web-de.desktop-webmail']);
    expect(findings.every((f) => f.rule === 'client-support')).toBe(true);
    expect(findings.find((f) => f.client === 'outlook.windows')?.excerpt).toMatch(/^<p style="margin:0 0 16px;opacity:0\.9/);
  });

  it('reports aria-label on a link (stripped, "Mehr…" remains) but not on the role="article" wrapper', () => {
    const onLink = checkEmail(mutate([READ_MORE, ' aria-label="Mehr: Rechenzentren in der Krise">Mehr…</a>']));
    expect(clientsWith(onLink, 'aria-label')).toEqual(['gmx.desktop-webmail', 'thunderbird.macos', 'web-de.desktop-webmail', 'yahoo.desktop-webmail']);
    const onWrapper = checkEmail(
      mutate(['<!--[if mso]><table', '<div lang="de" dir="ltr" role="article" aria-roledescription="email" aria-label="Musterticker Nr. 1" class="nk-page" style="background-color:#ffffff"><!--[if mso]><table'], ['<!--[if mso]></td></tr></table><![endif]-->', '<!--[if mso]></td></tr></table><![endif]--></div>']),
    );
    expect(onWrapper).toEqual([]);
  });

  it('reports a feature caniemail has no data for as an error naming client and feature, and still checks that client for the rest', () => {
    const findings = checkEmail(mutate([P1, P1.replace('margin:0 0 16px;', 'margin:0 0 16px;word-wrap:break-word;opacity:0.9;')]));
    const noData = findings.filter((f) => f.message.includes('could not be checked'));
    expect(noData.map((f) => f.client).sort()).toEqual(['gmail.ios', 'gmx.desktop-webmail', 'outlook.macos', 'thunderbird.macos', 'web-de.desktop-webmail']);
    for (const finding of noData) {
      expect(finding.severity).toBe('error');
      expect(finding.message).toMatch(/^`word-wrap` could not be checked for /);
    }
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    // GMX and WEB.DE lack data for word-wrap but are still judged on opacity.
    expect(clientsWith(findings, '`opacity`')).toEqual(['gmx.desktop-webmail', 'outlook.windows', 'web-de.desktop-webmail']);
  });

  it('reports WEB.DE for an email using gap: no client goes unchecked', () => {
    const findings = checkEmail(mutate([P1, P1.replace('margin:0 0 16px;', 'margin:0 0 16px;gap:8px;')]), { clients: ['web-de.desktop-webmail'] });
    expect(findings).not.toEqual([]);
    expect(findings.every((f) => f.severity === 'error' && f.client === 'web-de.desktop-webmail')).toBe(true);
  });

  it('turns a failure while judging into an error for every client, each named', () => {
    // style-to-object (caniemail's reader of style attributes) throws on a declaration without ':'.
    const findings = checkEmail(mutate([P1, P1.replace('margin:0 0 16px;', 'margin:0 0 16px;color;')]), { clients: ['outlook.windows', 'web-de.desktop-webmail'] });
    const failures = findings.filter((f) => f.rule === 'client-support');
    expect(failures.map((f) => [f.severity, f.client])).toEqual([
      ['error', 'outlook.windows'],
      ['error', 'web-de.desktop-webmail'],
    ]);
    expect(failures[1]?.message).toMatch(/^WEB\.DE Desktop Webmail could not be checked: .*property missing ':'/);
  });

  it('checks only the clients given in options', () => {
    const findings = checkEmail(mutate([P1, P1.replace('margin:0 0 16px;', 'margin:0 0 16px;opacity:0.9;')]), { clients: ['outlook.windows'] });
    expect(findings.map((f) => f.client)).toEqual(['outlook.windows']);
  });

  it('points <style> findings at the CSS rule, and allows attribute selectors only for Outlook.com dark mode', () => {
    const findings = checkEmail(mutate(['</style>', '[data-theme] .nk-unused { color: #222222; }\n</style>']), { clients: ['outlook.windows'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'client-support', severity: 'error', client: 'outlook.windows' });
    expect(findings[0]?.message).toContain('`Attribute selector`');
    expect(findings[0]?.excerpt).toBe('[data-theme] .nk-unused {');
  });
});

describe('the allowlist', () => {
  const titles = new Set(rawData.data.map((feature) => feature.title));

  it.each(clientSupportAllowlist.map((entry) => [entry.title, entry] as const))('%s names a caniemail feature, default clients and a reason', (_title, entry) => {
    expect(titles.has(entry.title)).toBe(true);
    for (const client of entry.clients ?? []) expect(defaultClients).toContain(client);
    expect(entry.reason.length).toBeGreaterThan(40);
  });

  it('stays short', () => {
    expect(clientSupportAllowlist.length).toBeLessThanOrEqual(22);
  });
});
