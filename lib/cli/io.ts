/** The streams a command uses; tests and the binary pass real ones. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Standard input is the request; a bound keeps a runaway pipe from exhausting memory. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new RangeError('input too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
