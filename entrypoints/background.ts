import { WARNING_UI_FILE } from '@/lib/messaging/warning-ui-key';
import { createWorkerHandler } from '@/lib/messaging/handle-worker-message';
import { assessHold } from '@/lib/assess/assess-hold';
import { detect } from '@/lib/detect/detect';
import { describeIntent } from '@/lib/detect/describe-intent';
import { isRegisteredContract } from '@/lib/detect/known-addresses';
import { getContract } from '@/lib/protocols/registry';
import { hasKnownAddressPrefix } from '@/lib/detect/known-address-prefixes.generated';

const isKnownContract = (chainId: number | null, address: string) =>
  chainId === null ? hasKnownAddressPrefix(address) : isRegisteredContract(chainId, address);
const contractName = (chainId: number | null, address: string) =>
  chainId === null ? null : (getContract(chainId, address)?.contract.name ?? null);

export default defineBackground(() => {
  const handle = createWorkerHandler({
    assess: (hold, origin) => assessHold({ detect, describe: describeIntent, isKnownContract, contractName }, hold, origin),
    injectWarningUi: async ({ tabId, frameId }) => {
      await browser.scripting.executeScript({ target: { tabId: tabId!, frameIds: [frameId ?? 0] }, files: [WARNING_UI_FILE] });
    },
  });
  // Listeners are registered synchronously at start so a message that wakes the worker is not lost.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, { tabId: sender.tab?.id, frameId: sender.frameId }).then(sendResponse);
    return true;
  });
});
