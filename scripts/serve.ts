/** `npm run serve`: dist/ on http://localhost:4321 (PORT and BASE_PATH may change it). */
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.ts';

const base = process.env.BASE_PATH || '/';
const server = await startStaticServer({
  root: fileURLToPath(new URL('../dist/', import.meta.url)),
  base: base.endsWith('/') ? base : `${base}/`,
  host: process.env.HOST || 'localhost',
  port: Number(process.env.PORT || 4321),
});
console.log(`Serving dist/ on ${server.url}  (Ctrl+C to stop)`);
