/** Driving the offline service worker from Playwright, for its browser test and the bench. */
import type { Page } from 'playwright-core';

/** Has the browser fetch sw.js again; resolves when the new build's worker has taken over (and deleted the old cache). */
export async function updateWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    // The page's controller changes as the new worker starts activating, before the old cache is deleted: wait for the end.
    const worker = registration.installing ?? registration.waiting ?? registration.active!;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (worker.state === 'activated') resolve();
        if (worker.state === 'redundant') reject(new Error('the new build’s worker did not install'));
      };
      worker.addEventListener('statechange', check);
      check();
    });
  });
}
