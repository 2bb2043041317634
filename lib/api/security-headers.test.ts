import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './security-headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce only, never eval or inline scripts, and no framing outside /embed', () => {
    const policy = contentSecurityPolicy('abc', '/');
    const scripts = policy.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('abc', '/embed')).toContain('frame-ancestors *');
    expect(contentSecurityPolicy('abc', '/embedded')).toContain("frame-ancestors 'none'");
  });

  it('makes a new nonce each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe('next.config.mjs', () => {
  it('sends the common security headers on every path', async () => {
    const { COMMON_SECURITY_HEADERS } = await import('./security-headers');
    const file = '../../next.config.mjs'; // plain JS, imported by path
    const config = (await import(/* @vite-ignore */ file)).default as {
      headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
    };
    const [all] = await config.headers();
    expect(all!.source).toBe('/:path*');
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual(COMMON_SECURITY_HEADERS);
  });
});
