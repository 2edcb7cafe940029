/**
 * What makes a rendered issue differ from one machine to the next, checked before a snapshot is
 * compared. The library's own output depends on neither: dates are formatted for a fixed zone
 * and every `Intl` call names its locale. But a `Date` in issue data is read in local time
 * (`new Date('2021-02-08')` is 7 February in New York), and an app's own block may format with
 * the default locale; the time zone is therefore pinned for the whole test run, before any test
 * file builds a `Date`.
 */
export function timeZoneProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fix =
    'set it for the whole test run, before any test file runs: `process.env.TZ = "UTC"` at the top of vitest.config.ts ' +
    '(or jest.config.js), or `TZ=UTC` in front of the test command and in CI';
  const named = env.TZ;
  if (!named) {
    return `the time zone is not pinned (TZ is unset, so this machine's zone ${localZone()} is used): a Date in an issue would render differently on another machine; ${fix}`;
  }
  let wanted: string;
  try {
    wanted = new Intl.DateTimeFormat('en', { timeZone: named.replace(/^:/, '') }).resolvedOptions().timeZone;
  } catch {
    return `TZ is ${JSON.stringify(named)}, which is not a time zone: use an IANA name such as "UTC" or "Europe/Berlin"`;
  }
  if (wanted !== localZone()) {
    // Node applies a TZ set at run time on the main thread only, not in a worker thread.
    return `TZ says ${JSON.stringify(named)} but this process runs in ${localZone()}: TZ was set too late (in a worker thread, or after dates were read); ${fix}`;
  }
  return undefined;
}

const localZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone;
