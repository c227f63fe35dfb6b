// An XLSX file is a ZIP archive whose entries carry the time they were written (exceljs stamps
// them with "now"), so rendering the same published report twice would give different bytes.
// This sets every entry's DOS modification time to the report's own date — in the central
// directory and in each local header — and leaves everything else (data, CRCs) untouched.

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()))
  return {
    time:
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  }
}

export function withZipTimestamps(zip: Uint8Array, at: Date): Uint8Array {
  const out = Buffer.from(zip)
  const stamp = dosDateTime(at)
  // The end-of-central-directory record is in the last 22 + 65535 bytes (a comment may follow).
  let eocd = -1
  for (let p = out.length - 22; p >= Math.max(0, out.length - 22 - 65535); p--) {
    if (out.readUInt32LE(p) === EOCD) {
      eocd = p
      break
    }
  }
  if (eocd < 0) throw new Error('not a ZIP archive: no end of central directory')
  const entries = out.readUInt16LE(eocd + 10)
  let p = out.readUInt32LE(eocd + 16)
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(p) !== CENTRAL) throw new Error('ZIP: broken central directory')
    out.writeUInt16LE(stamp.time, p + 12)
    out.writeUInt16LE(stamp.date, p + 14)
    const local = out.readUInt32LE(p + 42)
    if (out.readUInt32LE(local) !== LOCAL) throw new Error('ZIP: broken local header')
    out.writeUInt16LE(stamp.time, local + 10)
    out.writeUInt16LE(stamp.date, local + 12)
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32)
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
}
