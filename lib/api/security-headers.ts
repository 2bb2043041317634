// The security headers of every page: a Content-Security-Policy with a per-request script nonce (no unsafe-eval, no
// inline scripts without the nonce), framing refused except on embeddable routes, and the usual hardening headers.

/** Routes meant to be framed by other sites (the embeddable explorer). */
export function isEmbeddable(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'). Styles: 'unsafe-inline'
 * (React's and Cytoscape's style attributes; CSS cannot run code). Workers from the app's own bundles or blob: URLs.
 * connect-src allows http(s) because ?file=<url> imports a graph from any server that allows CORS.
 */
export function contentSecurityPolicy(nonce: string, pathname: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self' https: http:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbeddable(pathname) ? '*' : "'none'"}`,
  ].join('; ');
}

/** Headers for every response, pages, assets and API alike. */
export const COMMON_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** A fresh, unguessable nonce (base64 of 128 random bits). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
