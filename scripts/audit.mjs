// CI's audit of what ships to readers (`dependencies`: d3-scale, pagefind and what they bring).
// npm audit fails the same way when the advisory service cannot be reached as when it finds a
// vulnerability; this tells the two apart, and says loudly that nothing was checked in the first case.
// Exit 0: audited, nothing high or critical. 1: high or critical advisories. 3: the service could
// not be reached (1 as well with AUDIT_REQUIRED=1).
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: (run.stderr || run.stdout || String(run.error)).trim().split('\n').pop() };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const line = '!'.repeat(78);
  console.error(`\n${line}\n!! npm audit could NOT run: ${report.message ?? report.error?.summary ?? 'no report'}`);
  console.error('!! The packages shipped to readers were NOT checked for security advisories.');
  console.error(`!! Run \`npm audit --omit=dev\` where the registry's audit service answers.\n${line}\n`);
  if (process.env.GITHUB_ACTIONS) console.log(`::warning title=npm audit did not run::${report.message ?? 'no report'}`);
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 3);
}

const shipped = report.metadata.dependencies?.prod ?? 0;
const found = Object.entries(counts).filter(([level, n]) => level !== 'total' && n > 0);
console.log(`npm audit: ${shipped} packages shipped to readers, ${counts.total} advisories${found.length ? ` (${found.map(([l, n]) => `${n} ${l}`).join(', ')})` : ''}`);
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) console.log(`  ${v.severity}: ${name} ${v.range ?? ''}`);
process.exit(counts.high + counts.critical > 0 ? 1 : 0);
