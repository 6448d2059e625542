import { installWalletHook } from '@/lib/inpage/wallet-hook';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  // about:blank, srcdoc and blob: frames run the page's code with the page's wallet: they get the hook too.
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    installWalletHook(window);
  },
});
