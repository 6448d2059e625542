import { installWalletHook } from '@/lib/inpage/wallet-hook';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  main() {
    installWalletHook(window);
  },
});
