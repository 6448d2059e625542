/**
 * Protocol names for the warning's headline. The registry itself is most of a bundle: the warning UI, loaded into
 * the page while the person waits, carries only these names (protocol-names.test.ts checks them against it).
 */
export const PROTOCOL_NAMES: Readonly<Record<string, string>> = {
  etherfi: 'ether.fi',
  renzo: 'Renzo',
  puffer: 'Puffer',
  kelp: 'Kelp DAO',
  swell: 'Swell',
  eigenlayer: 'EigenLayer',
  yieldnest: 'YieldNest',
  inception: 'InceptionLRT',
  eigenpie: 'Eigenpie',
  symbiotic: 'Symbiotic',
  mellow: 'Mellow',
  karak: 'Karak',
  kernel: 'Kernel',
  nucleus: 'Nucleus',
  'aave-v3': 'Aave v3',
  'morpho-blue': 'Morpho Blue',
};
