/** What makes the scripts run beyond this machine: the Node check, the Chromium finder, scripts cmd.exe can run. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../support/chromium.ts';

const checkNode = (version: string, script = 'scripts/check-node.mjs', ...args: string[]) =>
  spawnSync(process.execPath, ['--import', `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'${version}'})`, script, ...args], { encoding: 'utf8' });

describe('the Node check run first by every npm script', () => {
  it('stops an old Node with what to do', () => {
    const old = checkNode('20.19.0');
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('Node ≥ 22.12 needed, and this is Node 20.19.0');
    expect(old.stderr).toContain("Run `npm install` (without --ignore-scripts) so that the project's own Node");
    expect(old.stderr).toContain('or install Node 24');
    expect(checkNode('22.11.0').status).toBe(1);
  });

  it('stops an old Node in the Astro scripts too, before Astro loads', () => {
    const old = checkNode('20.19.0', 'scripts/run-astro.mjs', 'build');
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('Node ≥ 22.12 needed, and this is Node 20.19.0');
    expect(old.stdout).not.toContain('[build]');
  });

  it('stops an old Node in the test suite\'s build and check too, before either starts', () => {
    const old = checkNode('20.19.0', 'scripts/build-and-check.mjs');
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('Node ≥ 22.12 needed, and this is Node 20.19.0');
    expect(old.stdout).not.toContain('[build]');
    expect(old.stdout).not.toContain('astro check');
  });

  it('lets Node 22.12 and later through, silently', () => {
    for (const version of ['22.12.0', '24.0.0', '25.1.0']) expect(checkNode(version)).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };

  it('has scripts any shell runs: no `VAR=value command`, the Node check before anything else', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script, name).not.toMatch(/(^|&&\s*)[A-Z_]+=\S+\s/);
      // scripts/run-astro.mjs and scripts/build-and-check.mjs import the check before anything else (tested above).
      if (!script.startsWith('npm run')) expect(script, name).toMatch(/^node scripts\/check-node\.mjs && |^node (--[a-z-]+=\S+ )*scripts\/(run-astro|build-and-check)\.mjs\b/);
    }
  });

  it('declares what ships to readers as dependencies, and no Lighthouse for everyone', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['d3-scale', 'pagefind']);
    expect(pkg.devDependencies).not.toHaveProperty('lighthouse');
    expect(pkg.devDependencies).not.toHaveProperty('d3-array');
    expect(pkg.devDependencies).not.toHaveProperty('d3-format');
  });
});

describe('Chromium', () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);

  it('is CHROMIUM_PATH when set, and an error when that does not exist', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, 'linux', only('/opt/c/chrome'))).toBe('/opt/c/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/c/chrome' }, 'linux', only())).toThrow('CHROMIUM_PATH is /opt/c/chrome, which does not exist');
  });

  it('is found where Debian, macOS and Windows install it', () => {
    expect(findChromium({}, 'linux', only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({}, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const edge = 'C:\\Program Files (x86)/Microsoft/Edge/Application/msedge.exe';
    expect(findChromium({ 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32', (path) => path.replace(/\\/g, '/') === edge.replace(/\\/g, '/'))).toMatch(/msedge\.exe$/);
  });

  it('names the places it looked at when there is none', () => {
    expect(() => findChromium({}, 'linux', only())).toThrow(/^No Chromium found\. .*CHROMIUM_PATH\. Looked at: \/usr\/bin\/chromium, /);
  });
});
