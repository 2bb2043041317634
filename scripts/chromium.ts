// Finds the system Chromium for Playwright (browsers cannot be downloaded here), installing Debian's package as root if absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The flags every headless Chromium of ours starts with (the e2e suite and npm run bench): no sandbox (root), no GPU, no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const MISSING = `Chromium was not found. Install it and run again, for example:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary (e.g. CHROMIUM_PATH=/path/to/chrome npm test).`;

function found(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n${MISSING}`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
}

/** The path of a Chromium binary; installs Debian's chromium when running as root on a Debian-like system. */
export function ensureChromium(): string {
  const path = found();
  if (path) return path;
  if (canInstallWithApt()) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(MISSING);
}
