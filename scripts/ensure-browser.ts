/** `tsx scripts/ensure-browser.ts`: Chromium and a Chinese font for the browser tests (see harness/ensure-browser.ts). */
import { ensureBrowser } from '../harness/ensure-browser';

try {
  console.log(`Browser tests will use ${ensureBrowser()}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
