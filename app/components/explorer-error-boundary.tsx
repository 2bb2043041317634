'use client';
// Catches any error while the explorer renders, so that the page never goes blank: the gate decides what to show instead.
import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; onError: (error: Error) => void; fallback: ReactNode };
type State = { failed: boolean };

export class ExplorerErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
