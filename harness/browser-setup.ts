/**
 * Global setup of every test project that starts a browser: Chromium is there (installed if it
 * can be) before the first test that needs it, whichever project or file runs first.
 */
import { ensureBrowser } from './ensure-browser';

export default function setup(): void {
  ensureBrowser();
}
