// Next.js configuration: strict React, no telemetry-dependent features, dev server reachable on 127.0.0.1.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  poweredByHeader: false,
};

export default nextConfig;
