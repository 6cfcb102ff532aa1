/**
 * Where Chromium is, for the browser tests and the bench: `CHROMIUM_PATH` when
 * set, else the usual install places on Debian/Ubuntu, macOS and Windows, else
 * a browser Playwright itself downloaded. Chrome and Edge are Chromium too and
 * drive the same way.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** No background traffic: a test or a measurement must see only the site's own requests. */
export const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function candidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(homedir(), 'Applications')];
    return apps.flatMap((dir) => [
      join(dir, 'Chromium.app/Contents/MacOS/Chromium'),
      join(dir, 'Google Chrome.app/Contents/MacOS/Google Chrome'),
      join(dir, 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'),
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];
}

/** The browser to drive; throws, naming every place looked at, when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = existsSync): string {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist`);
    return env.CHROMIUM_PATH;
  }
  const tried = candidates(platform, env);
  let downloaded = '';
  try {
    downloaded = chromium.executablePath();
  } catch {
    // playwright-core knows no downloaded browser for this platform.
  }
  if (downloaded) tried.push(downloaded);
  const found = tried.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    `No Chromium found. Install it (Debian: apt-get install chromium; macOS: brew install --cask chromium; Windows: Chrome or Edge), ` +
      `or name it with CHROMIUM_PATH. Looked at: ${tried.join(', ')}`,
  );
}
