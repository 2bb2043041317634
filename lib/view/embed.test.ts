import { describe, expect, it } from 'vitest';
import { embedPath, embedSnippet, explorerPath } from './embed';

describe('embed snippet', () => {
  it('embeds the same view, escaped, with a title for screen readers', () => {
    const snippet = embedSnippet({
      origin: 'https://example.org',
      search: '?focus=ARM&panel=metrics&date=2020-01-01',
      width: 640,
      height: 400,
      title: 'Entente: "Armenia" <as of> 2020',
    });
    expect(snippet).toContain('src="https://example.org/embed?focus=ARM&amp;date=2020-01-01"');
    expect(snippet).toContain('width="640" height="400"');
    expect(snippet).toContain('title="Entente: &quot;Armenia&quot; &lt;as of&gt; 2020"');
    expect(embedPath('')).toBe('/embed');
    expect(explorerPath('?focus=ARM')).toBe('/?focus=ARM');
  });
});
