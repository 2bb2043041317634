// The root layout: document shell and global styles (system fonts only: the app works offline).
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Entente: alliances, blocs, conflicts and dependencies between states',
  description: 'An open-source explorer of the relationships between states, every tie dated and sourced.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
