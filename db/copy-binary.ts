// Rows in PostgreSQL's binary COPY format (documentation of COPY, "Binary Format"), encoded as
// they come into payloads of a bounded size, each complete (header … trailer) so that it can be
// sent as one COPY statement (db/copy-from.ts). A row is a 16-bit field count, then per field a
// 32-bit length (-1 for NULL) and the value in its type's binary form, big-endian: the server
// reads it without parsing text (timestamps and dates above all). Decision 0012.

/** PGCOPY\n\377\r\n\0, then 32-bit flags and header-extension length (both 0). */
const HEADER = [
  0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
]
/** PostgreSQL's timestamps count microseconds, and dates days, from 2000-01-01 UTC. */
const PG_EPOCH_MS = 946_684_800_000
const PG_EPOCH_DAY = 10_957
const TWO_32 = 4_294_967_296

export class BinaryCopyWriter {
  // Set by start(), which the constructor calls.
  private buffer!: Buffer
  private view!: DataView
  private at = 0
  private rowCount = 0

  /**
   * @param fields  the number of fields of every row
   * @param chunkBytes  a payload is handed out once it reaches this size
   */
  constructor(
    private readonly fields: number,
    private readonly chunkBytes = 4 * 1024 * 1024,
  ) {
    this.start()
  }

  beginRow(): void {
    this.ensure(2)
    this.view.setInt16(this.at, this.fields)
    this.at += 2
  }

  /** Ends a row; returns the payload when it has reached its size (a new one begins). */
  endRow(): Uint8Array | null {
    this.rowCount++
    return this.at >= this.chunkBytes ? this.take() : null
  }

  /** The rows not handed out yet, as a payload (null when there are none). */
  finish(): Uint8Array | null {
    return this.rowCount > 0 ? this.take() : null
  }

  nullField(): void {
    this.ensure(4)
    this.view.setInt32(this.at, -1)
    this.at += 4
  }

  bool(value: boolean | null): void {
    if (value === null) return this.nullField()
    this.ensure(5)
    this.view.setInt32(this.at, 1)
    this.buffer[this.at + 4] = value ? 1 : 0
    this.at += 5
  }

  int2(value: number | null): void {
    if (value === null) return this.nullField()
    // DataView wraps silently (40000 would be stored as -25536): a value out of the type's range
    // is a bug of the caller, never data to write.
    if (!(value >= -32_768 && value <= 32_767)) throw new RangeError(`int2 out of range: ${value}`)
    this.ensure(6)
    this.view.setInt32(this.at, 2)
    this.view.setInt16(this.at + 4, value)
    this.at += 6
  }

  int4(value: number | null): void {
    if (value === null) return this.nullField()
    // As int2: 4294967301 would be stored as 5.
    if (!(value >= -2_147_483_648 && value <= 2_147_483_647)) {
      throw new RangeError(`int4 out of range: ${value}`)
    }
    this.ensure(8)
    this.view.setInt32(this.at, 4)
    this.view.setInt32(this.at + 4, value)
    this.at += 8
  }

  /** An instant given as milliseconds since 1970-01-01 UTC. */
  timestamptz(ms: number | null): void {
    if (ms === null) return this.nullField()
    // Exact in a double for any date of the next two centuries (|µs| < 2^53).
    const us = (ms - PG_EPOCH_MS) * 1000
    const high = Math.floor(us / TWO_32)
    this.ensure(12)
    this.view.setInt32(this.at, 8)
    this.view.setInt32(this.at + 4, high)
    this.view.setUint32(this.at + 8, us - high * TWO_32)
    this.at += 12
  }

  /** A civil date given as days since 1970-01-01. */
  date(day: number | null): void {
    if (day === null) return this.nullField()
    this.int4(day - PG_EPOCH_DAY)
  }

  text(value: string | null): void {
    if (value === null) return this.nullField()
    const length = value.length
    this.ensure(4 + 3 * length)
    const start = this.at + 4
    const buffer = this.buffer
    let i = 0
    // ASCII — codes, ids — byte by byte; anything else through the UTF-8 encoder.
    for (; i < length; i++) {
      const c = value.charCodeAt(i)
      if (c >= 0x80) break
      buffer[start + i] = c
    }
    const bytes = i === length ? length : buffer.write(value, start, 'utf8')
    this.view.setInt32(this.at, bytes)
    this.at = start + bytes
  }

  private start(): void {
    this.buffer = Buffer.allocUnsafe(this.chunkBytes + 64 * 1024)
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength)
    this.buffer.set(HEADER, 0)
    this.at = HEADER.length
    this.rowCount = 0
  }

  private take(): Uint8Array {
    this.ensure(2)
    this.view.setInt16(this.at, -1)
    const payload = this.buffer.subarray(0, this.at + 2)
    this.start()
    return payload
  }

  private ensure(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes))
    this.buffer.copy(bigger, 0, 0, this.at)
    this.buffer = bigger
    this.view = new DataView(bigger.buffer, bigger.byteOffset, bigger.byteLength)
  }
}
