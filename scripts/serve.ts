/** `npm run serve`: dist/ on http://localhost:4321 for preview (PORT, HOST and BASE_PATH may change it). */
import { fileURLToPath } from 'node:url';
import { basePath } from '../src/build/offline-worker.ts';
import { startStaticServer } from '../src/server/static-server.ts';

const host = process.env.HOST || 'localhost';
const port = Number(process.env.PORT || 4321);
// Node would throw a RangeError with a stack trace for PORT=abc, 4321x or 70000: say what a port is instead.
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`\nPORT is "${String(process.env.PORT).slice(0, 40)}", which is no port: give a whole number from 1 to 65535, e.g. PORT=4322.\n`);
  process.exit(1);
}
// Node would throw with a stack trace for a HOST it cannot listen on: 999.1.1.1 (no IPv4 address, so looked up
// as a name), a name nothing resolves, or an address of another machine. Say what HOST should be instead.
const NO_SUCH_HOST = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EADDRNOTAVAIL']);
const server = await startStaticServer({ root: fileURLToPath(new URL('../dist/', import.meta.url)), base: basePath(), host, port }).catch((error: NodeJS.ErrnoException) => {
  // A second `npm start` while the first still serves is the usual cause: say so, not a stack trace.
  if (error.code === 'EADDRINUSE') {
    console.error(`\nPort ${port} on ${host} is already in use (another \`npm start\` or \`npm run serve\` still running?).\nStop it, or set PORT to a free port, e.g. PORT=4322.\n`);
  } else if (error.code && NO_SUCH_HOST.has(error.code)) {
    console.error(`\nHOST is "${host.slice(0, 60)}", which is no address of this machine: give one of its names or IP addresses, e.g. HOST=localhost or HOST=0.0.0.0.\n`);
  } else {
    // Anything else (a port below 1024 without the right to it, say): Node's one-line reason, still no stack.
    console.error(`\nCannot serve on ${host} port ${port}: ${error.message}\n`);
  }
  process.exit(1);
});
console.log(`Serving dist/ on ${server.url}  (a preview: deploy dist/ to a real host, see docs/deploying.md; Ctrl+C to stop)`);
