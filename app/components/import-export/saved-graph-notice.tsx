'use client';
// Says why the graph saved in this browser could not be opened, and offers to download the saved copy or discard it.
import { useState } from 'react';
import { clearImported, savedCopyFile, type SavedGraphProblem } from './imported-store';

type Props = { problem: SavedGraphProblem; onDone: () => void };

export function SavedGraphNotice({ problem, onDone }: Props) {
  const [discarded, setDiscarded] = useState(false);
  const download = () => {
    const { name, blob } = savedCopyFile(problem);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <div className="import-errors saved-graph-notice" role="alert" data-testid="saved-graph-problem">
      <p>
        The graph saved in this browser
        {problem.name ? (
          <>
            {' '}
            (<strong>{problem.name}</strong>)
          </>
        ) : null}{' '}
        could not be opened, so the bundled dataset is shown:
      </p>
      <ul>
        {problem.problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {discarded ? (
        <p>The saved copy was discarded.</p>
      ) : (
        <div className="row">
          <button type="button" onClick={download}>
            Download the saved copy
          </button>
          <button
            type="button"
            onClick={() => {
              void clearImported().then(() => setDiscarded(true));
            }}
          >
            Discard it
          </button>
        </div>
      )}
      <button type="button" onClick={onDone}>
        Dismiss
      </button>
    </div>
  );
}
