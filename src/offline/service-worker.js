/**
 * Offline reading, fair to the reader's data plan. src/build/offline-worker.ts
 * prepends OFFLINE (src/lib/site/offline.ts) to this file and writes it to
 * dist/sw.js:
 *   OFFLINE.version   a digest of the whole build: the cache's name
 *   OFFLINE.base      the deploy base ("/" or "/plan/"): nothing outside it is touched
 *   OFFLINE.files     every file a reader can fetch, as [URL, revision]
 *   OFFLINE.core      what a first visit keeps: the pages' HTML (not 全文) and the styles
 *   OFFLINE.assets    for each page, the assets it loads
 *   OFFLINE.all       the count and bytes of 离线保存全部
 *   OFFLINE.immutable the pattern of file names that change with their content
 * and EDITIONS: the text it answers with, for each edition's folder (the 繁體中文 one first, then the site's own)
 *
 * Install keeps the core and the pages open at the time with their assets;
 * everything else (the search index, scripts of other pages, PNGs, CSV, share
 * images, 全文) is kept when first fetched, or all at once when the reader
 * asks (a message from <offline-save-all>). With Save-Data, install keeps
 * only the open pages. Every copy kept is checked against its revision, and
 * a new build's install takes over from the old cache every file whose
 * revision did not change, so a returning reader fetches only what changed.
 *
 * Plain JavaScript, not bundled: the worker must be one same-origin file at a
 * fixed URL, and a new build must change its bytes for the browser to update it.
 */
/* global OFFLINE, EDITIONS */

// Two deployments on one origin (under "/" and "/plan/", say) keep separate caches and never delete each other's.
const PREFIX = `ln-ip-plan ${OFFLINE.base} `;
const CACHE = `${PREFIX}${OFFLINE.version}`;
const IMMUTABLE = new RegExp(OFFLINE.immutable);
// On a slow network a page already kept is shown rather than waited for; the fresh copy still replaces it in the cache.
const NETWORK_PATIENCE_MS = 4000;
// Enough parallel fetches to fill the connection, few enough that the page the reader is on is not starved.
const PARALLEL_FETCHES = 4;
const REVISION_HEADER = 'x-offline-revision';

const absolute = (url) => new URL(url, self.location.href).href;
const REVISIONS = new Map(OFFLINE.files.map(([url, revision]) => [absolute(url), revision]));
const CORE = OFFLINE.core.map((i) => absolute(OFFLINE.files[i][0]));
const ALL = [...REVISIONS.keys()];
const ASSETS = new Map(Object.entries(OFFLINE.assets).map(([page, assets]) => [absolute(OFFLINE.files[page][0]), assets.map((i) => absolute(OFFLINE.files[i][0]))]));
const NOT_FOUND_PAGE = absolute(`${OFFLINE.base}404.html`);
// The reader's choices, kept in the cache under a URL no file has, and carried from build to build.
const STATE = absolute(`${OFFLINE.base}__offline-state__`);
// The page asked for this worker with Save-Data on (src/client/offline-support.ts reads navigator.connection.saveData).
const SAVE_DATA_ASKED = new URL(self.location.href).searchParams.get('save-data') === 'on';

self.addEventListener('install', (event) => {
  // The cache is complete and consistent; waiting for every tab to close would keep an old build offline for days.
  event.waitUntil(install().then(() => self.skipWaiting()));
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
  event.waitUntil(noteSaveData(request).catch(() => undefined));
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(event) : networkFirst(event));
});

self.addEventListener('message', (event) => {
  const client = event.source;
  if (!client || typeof event.data !== 'object' || event.data === null) return;
  if (event.data.type === 'offline-status') event.waitUntil(offlineStatus().then((answer) => client.postMessage(answer)));
  if (event.data.type === 'offline-save-all') event.waitUntil(saveAll(client));
});

async function install() {
  const cache = await caches.open(CACHE);
  const state = await takeOver(cache);
  const saveData = SAVE_DATA_ASKED || self.navigator.connection?.saveData === true || state.saveDataSeen === true;
  const wanted = new Set(await openPages());
  // A reader who asked for everything keeps everything, Save-Data or not: they chose it, knowing its size.
  if (state.saveAll) ALL.forEach((url) => wanted.add(url));
  else if (!saveData) CORE.forEach((url) => wanted.add(url));
  await keep(cache, [...wanted]);
  await writeState(cache, state);
}

/**
 * Copies from the earlier builds' caches every file whose revision this build
 * did not change, and returns the reader's choices they kept.
 */
async function takeOver(cache) {
  let state = {};
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const response = await old.match(request);
      if (!response) continue;
      if (request.url === STATE) state = { ...(await response.json().catch(() => ({}))), ...state };
      else if (REVISIONS.has(request.url) && response.headers.get(REVISION_HEADER) === REVISIONS.get(request.url)) {
        // Read whole before the copy: piping a body from one cache straight into another has hung Chromium's install.
        const body = await response.arrayBuffer();
        await cache.put(request.url, new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
      }
    }
  }
  return state;
}

/** The pages open in the reader's tabs, with their assets: what the reader already has. */
async function openPages() {
  const urls = [];
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const page = keyOf(client.url);
    if (!REVISIONS.has(page)) continue;
    urls.push(page, ...(ASSETS.get(page) ?? []));
  }
  return urls;
}

/** Keeps every URL not yet kept at this build's revision, telling onProgress(done, total) as it goes. */
async function keep(cache, urls, onProgress = () => {}) {
  const missing = [];
  for (const url of urls) if (!(await isKept(cache, url))) missing.push(url);
  let done = urls.length - missing.length;
  onProgress(done, urls.length);
  const next = () => missing.shift();
  await Promise.all(
    Array.from({ length: PARALLEL_FETCHES }, async () => {
      for (let url = next(); url; url = next()) {
        await cache.put(url, await fetchRevision(url));
        done += 1;
        onProgress(done, urls.length);
      }
    }),
  );
}

async function isKept(cache, url) {
  const kept = await cache.match(url);
  return kept !== undefined && kept.headers.get(REVISION_HEADER) === REVISIONS.get(url);
}

/**
 * This build's copy of a file. The browser's HTTP cache is tried first: the
 * page being read and its assets were fetched moments ago, and fetching them
 * again would double the first visit. A copy from the HTTP cache that is not
 * this build's (its digest differs) is fetched again from the host; if the
 * host has no such copy either, a newer build is deployed and this worker
 * must not install.
 */
async function fetchRevision(url) {
  const revision = REVISIONS.get(url);
  for (const mode of ['force-cache', 'reload']) {
    const response = await fetch(url, { cache: mode, credentials: 'same-origin' });
    if (response.status !== 200 || response.redirected) continue;
    const body = await response.arrayBuffer();
    if ((await digest(body)) === revision) return tagged(response, body, revision);
  }
  throw new Error(`${url}: the host does not have this build's copy`);
}

async function digest(body) {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.slice(0, OFFLINE.files[0][1].length);
}

/** The response as kept: its body, its headers but the transfer ones (the body is decoded already), and its revision. */
function tagged(response, body, revision) {
  const headers = new Headers(response.headers);
  for (const name of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(name);
  headers.set(REVISION_HEADER, revision);
  return new Response(body, { status: 200, statusText: 'OK', headers });
}

async function readState(cache) {
  const kept = await cache.match(STATE);
  return kept ? kept.json().catch(() => ({})) : {};
}

async function writeState(cache, state) {
  await cache.put(STATE, new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

/**
 * The Save-Data header on the requests the pages make: while it is on, the
 * next build's install keeps nothing beyond the pages open; once it is off,
 * the core as usual. Kept in the cache only when it changes.
 */
let saveDataSeen;
async function noteSaveData(request) {
  const on = request.headers.get('save-data') === 'on';
  if (on === saveDataSeen) return;
  saveDataSeen = on;
  const cache = await caches.open(CACHE);
  const state = await readState(cache);
  if ((state.saveDataSeen === true) !== on) await writeState(cache, { ...state, saveDataSeen: on });
}

async function offlineStatus() {
  const cache = await caches.open(CACHE);
  let saved = 0;
  for (const url of ALL) if (await isKept(cache, url)) saved += 1;
  return { type: 'offline-status', all: OFFLINE.all, saved, saveAll: (await readState(cache)).saveAll === true };
}

async function saveAll(client) {
  const cache = await caches.open(CACHE);
  // Remembered first: if the reader leaves before the end, the next install finishes the job.
  await writeState(cache, { ...(await readState(cache)), saveAll: true });
  try {
    await keep(cache, ALL, (done, total) => client.postMessage({ type: 'offline-progress', done, total }));
    client.postMessage({ type: 'offline-saved-all', files: ALL.length });
  } catch (error) {
    client.postMessage({ type: 'offline-save-failed', message: String(error && error.message) });
  }
}

/**
 * A static host answers the same whatever the query (?highlight=, ?q=, and
 * Pagefind's cache-busting ?ts=), so the cache is keyed on the path alone.
 */
function keyOf(input) {
  const url = new URL(typeof input === 'string' ? input : input.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

async function fromCache(request) {
  const key = keyOf(request);
  if (key === STATE) return undefined;
  return (await caches.open(CACHE)).match(key, { ignoreVary: true });
}

/**
 * What the host would answer for a file it cannot reach: a redirect to the
 * directory, the site's 404 for what the build does not have, and, for a file
 * the build has but this browser has not kept, a page (or, for a script or
 * image, a line) saying the reader is offline.
 */
async function offlineAnswer(request) {
  const key = keyOf(request);
  const url = new URL(key);
  if (!url.pathname.endsWith('/') && REVISIONS.has(`${key}/`)) {
    // As the host does for /protection, so that the page's relative URLs resolve as they would online.
    return Response.redirect(`${key}/${new URL(request.url).search}`, 301);
  }
  if (REVISIONS.has(key)) return offlineResponse(request, url.pathname);
  // The edition's own 404 where it is kept (a first visit keeps only the site's), as the host answers.
  const cache = await caches.open(CACHE);
  const notFound = (await cache.match(absolute(`${OFFLINE.base}${editionOf(url.pathname).path}404.html`))) ?? (await cache.match(NOT_FOUND_PAGE));
  if (notFound) return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
  return new Response(editionOf(url.pathname).text.notFound, { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The edition a path belongs to (the 繁體中文 one under zh-hant/), whose text the answer is written in. */
const editionOf = (path) => EDITIONS.find((edition) => path.startsWith(`${OFFLINE.base}${edition.path}`));

function offlineResponse(request, path) {
  const headers = { 'cache-control': 'no-store', 'x-offline': 'not-kept' };
  const init = { status: 503, statusText: 'Service Unavailable' };
  const edition = editionOf(path);
  const t = edition.text;
  if (request.mode !== 'navigate') {
    return new Response(`${t.offline}：${path} ${t.notKept}`, { ...init, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
  }
  const home = escapeHtml(`${OFFLINE.base}${edition.path}`);
  const page = `<!doctype html>
<html lang="${escapeHtml(t.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(t.offline)} - ${escapeHtml(t.siteName)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(t.offline)}</h1>
<p>${escapeHtml(t.thisFile)}（<code>${escapeHtml(path)}</code>）${escapeHtml(t.notKept)}</p>
<p>${escapeHtml(t.keptPages)}</p>
<p><a href="${home}">${escapeHtml(t.home)}</a> · <a href="${home}about/#offline">${escapeHtml(t.about)}</a></p>
</main>
</body>
</html>
`;
  return new Response(page, {
    ...init,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'" },
  });
}

/** Keeps a copy fetched online when it is this build's file; another build's copy is shown but not kept. */
async function store(request, response) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return;
  const key = keyOf(request);
  const revision = REVISIONS.get(key);
  if (!revision) return;
  const body = await response.arrayBuffer();
  if ((await digest(body)) !== revision) return;
  await (await caches.open(CACHE)).put(key, tagged(response, body, revision));
}

async function cacheFirst(event) {
  const kept = await fromCache(event.request);
  if (kept) return kept;
  let response;
  try {
    response = await fetch(event.request);
  } catch {
    return offlineAnswer(event.request);
  }
  event.waitUntil(store(event.request, response.clone()).catch(() => undefined));
  return response;
}

function networkFirst(event) {
  const { request } = event;
  // The copy is taken before the page can read the body.
  const network = fetch(request).then((response) => ({ response, stored: store(request, response.clone()).catch(() => undefined) }));
  event.waitUntil(network.then(({ stored }) => stored).catch(() => undefined));
  return new Promise((resolve) => {
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
      async () => {
        clearTimeout(timer);
        const kept = await fromCache(request).catch(() => undefined);
        answer(kept ?? (await offlineAnswer(request)));
      },
    );
  });
}
