/** Where Chromium is and how it is started, for the browser tests, Lighthouse and the bench alike. */

/** The system Chromium (apt); downloading a browser does not work on this machine. */
export const chromiumPath = '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline apart from the local server; the headless flag is the caller's (Lighthouse wants "--headless=new"). */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Flags for a headless Chromium driven by Playwright. */
export const chromiumArgs = ['--headless', ...quietChromiumArgs];
