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
const server = await startStaticServer({ root: fileURLToPath(new URL('../dist/', import.meta.url)), base: basePath(), host, port }).catch((error: NodeJS.ErrnoException) => {
  // A second `npm start` while the first still serves is the usual cause: say so, not a stack trace.
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`\nPort ${port} on ${host} is already in use (another \`npm start\` or \`npm run serve\` still running?).\nStop it, or set PORT to a free port, e.g. PORT=4322.\n`);
  process.exit(1);
});
console.log(`Serving dist/ on ${server.url}  (a preview: deploy dist/ to a real host, see docs/deploying.md; Ctrl+C to stop)`);
