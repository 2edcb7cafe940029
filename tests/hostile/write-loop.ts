/**
 * A child process for the signal test: writes sets of four 1 MB files into the folder it is given,
 * over and over, each set with its own content, until a signal ends it. Prints "ready" once the
 * first set stands.
 */
import { join } from 'node:path';
import { writeTogether } from '../../src/cli/write';

const dir = process.argv[2]!;
for (let round = 0; ; round++) {
  const content = `${String(round).padStart(8, '0')}\n${'x'.repeat(1024 * 1024)}`;
  await writeTogether(['a.html', 'a.txt', 'a.eml', 'a.ics'].map((name) => ({ path: join(dir, name), content })));
  if (round === 0) process.stdout.write('ready\n');
  // The CLI reads and renders between two sets; here the event loop gets its turn likewise.
  await new Promise((resolve) => setImmediate(resolve));
}
