// The root layout: document shell and global styles (system fonts only: the app works offline); rendered per request.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Entente: alliances, blocs, conflicts and dependencies between states',
  description: 'An open-source explorer of the relationships between states, every tie dated and sourced.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next puts this request's CSP nonce (proxy.ts) on its scripts.
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
