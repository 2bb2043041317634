// Next.js configuration: strict React, no telemetry-dependent features, dev server reachable on 127.0.0.1.
// Framing: only /embed may be shown inside another site's page; every other page refuses to be framed.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      { source: '/embed', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
    ];
  },
};

export default nextConfig;
