// Finds poppler-utils (pdfinfo, pdftotext) for the PDF export tests, installing Debian's package as root if absent.
import { execFileSync, spawnSync } from 'node:child_process';

const has = () => spawnSync('pdfinfo', ['-v']).error === undefined;

/** True when pdfinfo and pdftotext can run; otherwise prints why the PDF checks will be skipped. */
export function ensurePoppler(): boolean {
  if (has()) return true;
  if (process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    console.log("pdfinfo not found: installing Debian's poppler-utils package (apt-get)…");
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (error) {
      console.log(`Could not install poppler-utils (${(error as Error).message}).`);
    }
    if (has()) return true;
  }
  console.log('pdfinfo (poppler-utils) is missing and cannot be installed here: the PDF export is checked without it (header only).');
  return false;
}
