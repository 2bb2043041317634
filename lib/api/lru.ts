// A least-recently-used cache bounded by entry count and by total size, so that any number of distinct requests
// (2,000 dates in a row) keeps memory bounded.
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key); // move to the most recent end
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` as the most recent entry, evicting the least recent ones beyond the bounds; `size` in bytes. */
  set(key: string, value: V, size = 0): void {
    this.delete(key);
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      if (oldest === key) break; // never evict what was just stored
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}
