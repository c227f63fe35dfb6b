// The keys a file may hold more than once, spotted while it is read. A file may hold a record
// once (import.error.duplicateId); the staged rows are searched for repeats in SQL, which for a
// million rows is a hash aggregate of every external id (about 1 s). Seen here, each key costs
// two 32-bit hashes in an open-addressing table (16 MB at a million keys, not the keys
// themselves), and the search in SQL is left to the keys whose hashes were met before: none in a
// file without repeats, the repeated keys (and, rarely, a key whose two hashes met another's)
// otherwise. A key held twice always meets its own hashes, so no repeat is missed; a key listed
// by a chance meeting is found once by the SQL and reported as nothing.

/** Past this many keys listed, the list is dropped and every staged key is searched instead. */
const MOST_LISTED = 10_000

export class RepeatedKeys {
  private first = new Uint32Array(1 << 12)
  /** The second hash with its lowest bit set: 0 marks an empty slot. */
  private second = new Uint32Array(1 << 12)
  private held = 0
  private readonly listed = new Set<string>()
  private overflow = false

  constructor(private readonly most = MOST_LISTED) {}

  add(key: string): void {
    // FNV-1a, and a multiplicative hash with its own seed, over the UTF-16 units.
    let a = 0x811c9dc5
    let b = 0x9747b28c
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      a = Math.imul(a ^ c, 0x01000193)
      b = Math.imul(b ^ c, 0x5bd1e995)
      b ^= b >>> 15
    }
    a = (a ^ (a >>> 16)) >>> 0
    b = (b | 1) >>> 0
    if ((this.held + 1) * 2 > this.first.length) this.grow()
    const mask = this.first.length - 1
    for (let i = a & mask; ; i = (i + 1) & mask) {
      if (this.second[i] === 0) {
        this.first[i] = a
        this.second[i] = b
        this.held++
        return
      }
      if (this.first[i] === a && this.second[i] === b) {
        if (this.overflow) return
        this.listed.add(key)
        if (this.listed.size > this.most) {
          this.overflow = true
          this.listed.clear()
        }
        return
      }
    }
  }

  /**
   * The keys to search the staged rows for: each key added more than once, and perhaps a few
   * others. Null when more than `most` were listed: then every staged key is to be searched.
   */
  candidates(): string[] | null {
    return this.overflow ? null : [...this.listed]
  }

  private grow(): void {
    const first = this.first
    const second = this.second
    this.first = new Uint32Array(first.length * 2)
    this.second = new Uint32Array(second.length * 2)
    const mask = this.first.length - 1
    for (let j = 0; j < first.length; j++) {
      if (second[j] === 0) continue
      let i = first[j]! & mask
      while (this.second[i] !== 0) i = (i + 1) & mask
      this.first[i] = first[j]!
      this.second[i] = second[j]!
    }
  }
}
