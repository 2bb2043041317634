// Runs before every request: pages get a Content-Security-Policy with a fresh script nonce (Next puts it on its own
// scripts) and framing rules; /api/* answers OPTIONS (CORS preflight) and refuses other methods than GET and HEAD
// with a JSON 405 and an Allow header.
import { NextResponse, type NextRequest } from 'next/server';
import { errorAnswer } from '@/lib/api/answer';
import { API_METHODS } from '@/lib/api/routes';
import { contentSecurityPolicy, isEmbeddable, newNonce } from '@/lib/api/security-headers';

const ALLOW = API_METHODS.join(', ');

function apiGate(request: NextRequest): Response | undefined {
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': ALLOW,
    'Access-Control-Allow-Headers': 'If-None-Match',
    'Access-Control-Max-Age': '86400',
  };
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...cors, Allow: ALLOW, 'Cache-Control': 'public, max-age=86400' } });
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const refused = errorAnswer(405, 'method-not-allowed', `${request.method} is not allowed here: the API answers ${ALLOW}`);
  return new Response(refused.body as Uint8Array<ArrayBuffer>, {
    status: 405,
    headers: { ...cors, Allow: ALLOW, 'Content-Type': refused.contentType, ETag: refused.etag, 'Cache-Control': 'no-cache' },
  });
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/api' || pathname.startsWith('/api/')) return apiGate(request) ?? NextResponse.next();
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (!isEmbeddable(pathname)) response.headers.set('X-Frame-Options', 'DENY');
  return response;
}

export const config = {
  // not the build's static files (immutable, no HTML)
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
