/**
 * `lrt-advisor <command>`: each command is one file in ./commands, registered by one line below.
 * Malformed input exits 2 with one line on stderr, never a stack trace.
 */
import { exposure, usage as exposureUsage } from './commands/exposure';
import { inspect, usage as inspectUsage } from './commands/inspect';
import { loop, usage as loopUsage } from './commands/loop';
import { rank, usage as rankUsage } from './commands/rank';
import { token, usage as tokenUsage } from './commands/token';
import { CliInputError } from './errors';
import type { CliIo } from './io';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  inspect: { run: inspect, usage: inspectUsage },
  token: { run: token, usage: tokenUsage },
  rank: { run: rank, usage: rankUsage },
  loop: { run: loop, usage: loopUsage },
  exposure: { run: exposure, usage: exposureUsage },
};

function usage(): string {
  return `usage:\n${Object.values(commands)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`lrt-advisor: unknown command ${JSON.stringify(name)}\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliInputError) {
      io.stderr.write(`lrt-advisor: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`lrt-advisor: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
