/**
 * Debian's Chromium as every browser run in this repo launches it (Storybook tests, e2e, bench):
 * as root, without a GPU, and with no traffic of its own (the network only reaches npm and apt).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
