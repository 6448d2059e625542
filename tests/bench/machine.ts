/** What the benchmark ran on, for BENCHMARKS.md: figures mean little without it. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { chromiumPath } from '../e2e/chromium';

const version = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop() ?? 'unknown';
  } catch {
    return 'not found';
  }
};

export function machineDescription(): string[] {
  const cpu = cpus();
  return [
    `CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    `Memory: ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `OS: ${type()} ${release()}`,
    `Node.js ${process.version}`,
    `Browser: ${version(chromiumPath(), ['--version'])}`,
    `Load average when the run started (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}`,
  ];
}
