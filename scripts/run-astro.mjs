// `astro <command>` with telemetry off, in a way every shell runs (cmd.exe has no `VAR=1 cmd`).
// Astro runs in this very process (its CLI reads the command from process.argv as it would
// from its own bin): a second Node start would add about 0.1 s to every build.
// The Node check first (an import runs before this module's body): here rather than as a
// process of its own before this one, which cost about 85 ms per build, dev start and check.
import './check-node.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// astro's package exports do not include its bin, so it is found where npm installs it.
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
