// Run first by every npm script, before anything that needs a recent Node. Written for any Node
// that can run npm (no syntax newer than ES2017), so that an old Node gets this message and not
// a syntax error or Astro's generic one.
var REQUIRED = [22, 12];
var version = process.versions.node.split('.').map(Number);
var recent = version[0] > REQUIRED[0] || (version[0] === REQUIRED[0] && version[1] >= REQUIRED[1]);
if (!recent) {
  console.error(
    '\nNode ≥ ' + REQUIRED.join('.') + ' needed, and this is Node ' + process.versions.node + ' (' + process.execPath + ').\n' +
      'Run `npm install` (without --ignore-scripts) so that the project\'s own Node, the `node` package, is used by the npm scripts,\n' +
      'or install Node 24 (see .nvmrc: `nvm install`).\n'
  );
  process.exit(1);
}
