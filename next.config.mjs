// Next.js configuration: strict React, no telemetry-dependent features, dev server reachable on 127.0.0.1, and the
// security headers of every response (the Content-Security-Policy, which needs a per-request nonce, is set in proxy.ts).
// Framing: only /embed may be shown inside another site's page (frame-ancestors in proxy.ts; X-Frame-Options here).
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  // npm test type-checks with tsc beside the build and sets ENTENTE_TYPECHECKED, so the build need not do it again.
  typescript: { ignoreBuildErrors: process.env.ENTENTE_TYPECHECKED === '1' },
  async headers() {
    return [
      {
        source: '/:path*',
        // kept equal to COMMON_SECURITY_HEADERS in lib/api/security-headers.ts (this file is plain JS; a unit test checks)
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
        ],
      },
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
    ];
  },
};

export default nextConfig;
