// `astro <command>` with telemetry off, in a way every shell runs (cmd.exe has no `VAR=1 cmd`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// astro's package exports do not include its bin, so it is found where npm installs it.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
