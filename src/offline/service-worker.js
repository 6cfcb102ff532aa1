/**
 * Offline reading: after one visit, every page, the charts and search work
 * with no network. scripts/build-offline.ts prepends OFFLINE to this file and
 * writes it to dist/sw.js:
 *   OFFLINE.version   a digest of the whole build, so each build is a new worker
 *   OFFLINE.base      the deploy base ("/" or "/plan/"): nothing outside it is touched
 *   OFFLINE.precache  the URLs kept on install (src/lib/site/offline.ts chooses them)
 *   OFFLINE.immutable the pattern of file names that change with their content
 *
 * Plain JavaScript, not bundled: the worker must be one same-origin file at a
 * fixed URL, and a new build must change its bytes for the browser to update it.
 */
/* global OFFLINE */

// Two deployments on one origin (under "/" and "/plan/", say) keep separate caches and never delete each other's.
const PREFIX = `ln-ip-plan ${OFFLINE.base} `;
const CACHE = `${PREFIX}${OFFLINE.version}`;
const IMMUTABLE = new RegExp(OFFLINE.immutable);
// On a slow network a page already kept is shown rather than waited for; the fresh copy still replaces it in the cache.
const NETWORK_PATIENCE_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: the copies kept must be this build's, not whatever the HTTP cache still holds from the last one.
      .then((cache) => cache.addAll(OFFLINE.precache.map((url) => new Request(url, { cache: 'reload' }))))
      // The cache is complete and consistent; waiting for every tab to close would keep an old build offline for days.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(OFFLINE.base)) return;
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(event) : networkFirst(event));
});

/**
 * A static host answers the same whatever the query (?highlight=, ?q=, and
 * Pagefind's cache-busting ?ts=), so the cache is keyed on the path alone.
 */
function keyOf(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request);
  const kept = await cache.match(key, { ignoreVary: true });
  if (kept || request.mode !== 'navigate') return kept;
  // As the host does for /protection, so that the page's relative URLs resolve as they would online.
  const path = new URL(key).pathname;
  if (!path.endsWith('/') && !/\.[^/]*$/.test(path) && (await cache.match(`${key}/`, { ignoreVary: true }))) {
    return Response.redirect(`${key}/${new URL(request.url).search}`, 301);
  }
  // Every page of the build is kept, so a page missing offline does not exist: say so as the host would.
  const notFound = await cache.match(new URL(`${OFFLINE.base}404.html`, self.location.href).href, { ignoreVary: true });
  return notFound && new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
}

async function store(request, response) {
  // Only whole, same-origin answers: a redirect replayed for a navigation is an error, a 404 is not the page.
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return;
  const cache = await caches.open(CACHE);
  await cache.put(keyOf(request), response);
}

async function cacheFirst(event) {
  const kept = await fromCache(event.request);
  if (kept) return kept;
  const response = await fetch(event.request);
  event.waitUntil(store(event.request, response.clone()));
  return response;
}

function networkFirst(event) {
  const { request } = event;
  // The copy is taken before the page can read the body.
  const network = fetch(request).then((response) => ({ response, stored: store(request, response.clone()) }));
  event.waitUntil(network.then(({ stored }) => stored).catch(() => undefined));
  return new Promise((resolve, reject) => {
    let answered = false;
    const answer = (response) => {
      if (answered) return;
      answered = true;
      resolve(response);
    };
    const timer = setTimeout(() => {
      fromCache(request).then((kept) => kept && answer(kept), () => undefined);
    }, NETWORK_PATIENCE_MS);
    network.then(
      ({ response }) => {
        clearTimeout(timer);
        answer(response);
      },
      async (error) => {
        clearTimeout(timer);
        const kept = await fromCache(request).catch(() => undefined);
        if (kept) answer(kept);
        else if (!answered) {
          answered = true;
          reject(error);
        }
      },
    );
  });
}
