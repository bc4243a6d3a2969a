// How every browser run here starts Debian's Chromium (Playwright cannot download its own):
// headless, as root, with nothing reaching out to the network on its own. The browser tests
// (playwright.config.ts) and the benchmarks under scripts/bench/ share it.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.ROUNDTABLE_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
