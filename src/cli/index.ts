#!/usr/bin/env node
/**
 * The `newsletter-kit` command: parses flags and calls the library's public entries. Runs as
 * plain JavaScript from the package's `dist/`.
 */
import { runCli } from './main';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
