'use client';
// Dismissible notices, e.g. for URL parameters that were ignored.
export function Notices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert" data-testid="notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
