/**
 * The flags Debian's Chromium needs on these machines: root without a sandbox, no GPU, and no
 * background traffic to Google's hosts (the network is closed and refuses it).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
