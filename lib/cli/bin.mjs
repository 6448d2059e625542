#!/usr/bin/env node
// Entry point of `lrt-advisor`: registers tsx so the TypeScript core runs with no build step, then hands over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
