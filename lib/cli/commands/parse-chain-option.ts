import { parseChainId } from '../../requests/parse-request';
import { CliInputError } from '../errors';

/** `--chain N` as the commands take it: absent is null, anything but a chain id exits 2. */
export function parseChainOption(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  let chainId: number | null = null;
  try {
    chainId = parseChainId(raw, '--chain');
  } catch {
    chainId = null;
  }
  if (chainId === null) throw new CliInputError(`invalid --chain: ${JSON.stringify(raw)}`);
  return chainId;
}
