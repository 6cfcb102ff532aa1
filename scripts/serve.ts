/** `npm run serve`: dist/ on http://localhost:4321 for preview (PORT, HOST and BASE_PATH may change it). */
import { fileURLToPath } from 'node:url';
import { basePath } from './build-offline.ts';
import { startStaticServer } from './static-server.ts';

const server = await startStaticServer({
  root: fileURLToPath(new URL('../dist/', import.meta.url)),
  base: basePath(),
  host: process.env.HOST || 'localhost',
  port: Number(process.env.PORT || 4321),
});
console.log(`Serving dist/ on ${server.url}  (a preview: deploy dist/ to a real host, see README "Deploying"; Ctrl+C to stop)`);
