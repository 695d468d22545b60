/**
 * Shared by scripts/e2e.js and bench/pane-size.js: find Debian's Chromium (never
 * download a browser), serve a built folder on 127.0.0.1, build the playground.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const PLAYGROUND_DIST = path.join(ROOT, 'playground-dist');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary, or an Error telling how to install it. */
function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found === undefined) {
    return new Error(
      `Chromium not found (${candidates.join(', ')}). Install Debian's Chromium with \`apt-get install chromium\` ` +
        '(or set CHROMIUM_PATH). The tests never download a browser.',
    );
  }
  return found;
}

/**
 * Launches headless Chromium. Playwright gives each launch a fresh temporary
 * profile (user-data-dir) and removes it on close; `newContext()` gives each
 * test its own storage (the pane keeps its language in localStorage).
 */
async function launchChromium() {
  const executablePath = findChromium();
  if (executablePath instanceof Error) throw executablePath;
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    newContext: () => browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' }),
    close: () => browser.close().catch(() => undefined),
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a random free port. */
function serveStatic(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' }).end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** Builds the playground (production mode) into playground-dist/; throws on failure. */
function buildPlayground() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [webpackCli, '--config', 'webpack.playground.config.js', '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`playground build failed:\n${(r.stdout || '').slice(-4000)}\n${(r.stderr || '').slice(-2000)}`);
  // The ready .xlsx templates the pane links to on hosts that cannot insert them (as dist/ has).
  const tsc = require.resolve('typescript/bin/tsc');
  for (const args of [[tsc, '-p', 'tsconfig.cli.json'], [path.join('scripts', 'build-templates.js'), path.join(PLAYGROUND_DIST, 'templates')]]) {
    const step = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (step.status !== 0) throw new Error(`playground templates failed:\n${(step.stdout || '').slice(-4000)}\n${(step.stderr || '').slice(-2000)}`);
  }
}

function playgroundBuilt() {
  return fs.existsSync(path.join(PLAYGROUND_DIST, 'index.html'));
}

module.exports = { ROOT, PLAYGROUND_DIST, CHROMIUM_ARGS, findChromium, launchChromium, serveStatic, buildPlayground, playgroundBuilt };
