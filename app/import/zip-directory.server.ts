// The expansion of an XLSX (a ZIP) checked before anything is unpacked: its central directory —
// the list at the end of every ZIP giving each part's packed and unpacked size — must promise at
// most XLSX_LIMITS.unpackedBytes in all and no part packed more tightly than
// XLSX_LIMITS.ratio, and each part must then inflate to no more than it promised (a directory
// can lie; the inflating runs on libuv's thread pool, a part at a time, counted as it goes, and is
// stopped at the first byte past the promise). A 4 MB file that unpacks to a gigabyte is refused
// in milliseconds instead of keeping the reader busy for a minute and holding gigabytes.
import { createInflateRaw } from 'node:zlib'
import type { MessageKey } from '../i18n/kk'

export const XLSX_LIMITS = {
  /** The unpacked parts of one workbook together. */
  unpackedBytes: 512 * 1024 * 1024,
  /**
   * Unpacked / packed size of one part bigger than RATIO_FROM_BYTES: sheets of real exports pack
   * 5–30 times; a bomb of repeated bytes packs about 1000 times.
   */
  ratio: 100,
} as const

const RATIO_FROM_BYTES = 1024 * 1024

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

interface Part {
  name: string
  method: number
  packed: number
  unpacked: number
  localOffset: number
}

function directoryOf(zip: Buffer): Part[] | null {
  const from = Math.max(0, zip.length - 65_557)
  let end = -1
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i
      break
    }
  }
  if (end === -1) return null
  const count = zip.readUInt16LE(end + 10)
  const offset = zip.readUInt32LE(end + 16)
  const parts: Part[] = []
  let at = offset
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return null
    const nameLength = zip.readUInt16LE(at + 28)
    parts.push({
      method: zip.readUInt16LE(at + 10),
      packed: zip.readUInt32LE(at + 20),
      unpacked: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return parts
}

/** Inflates a part, counting: false as soon as it gives more bytes than `limit`. */
function inflatesWithin(packed: Buffer, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw()
    let size = 0
    let done = false
    const finish = (ok: boolean) => {
      if (done) return
      done = true
      inflate.destroy()
      resolve(ok)
    }
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) finish(false)
    })
    inflate.on('end', () => finish(true))
    // A broken stream is exceljs's to report ("unreadable"); it is not an expansion.
    inflate.on('error', () => finish(true))
    inflate.end(packed)
  })
}

export interface ExpansionError {
  key: MessageKey
  params: Record<string, string | number>
}

function expansionError(key: MessageKey, params: Record<string, string | number>): ExpansionError {
  return { key, params }
}

/**
 * Why a workbook would unpack past XLSX_LIMITS (see the top of this file), or null when it
 * would not.
 */
export async function checkXlsxExpansion(
  zip: Buffer,
  file: string,
): Promise<ExpansionError | null> {
  const parts = directoryOf(zip)
  if (parts === null) {
    return expansionError('import.file.unreadable', {
      file,
      detail: 'the ZIP directory is missing or damaged',
    })
  }
  const maxMb = XLSX_LIMITS.unpackedBytes / (1024 * 1024)
  let total = 0
  for (const part of parts) {
    // ZIP64 sizes (0xFFFFFFFF) name parts past 4 GB: far past the limit.
    total += part.unpacked
    if (part.unpacked === 0xffffffff || total > XLSX_LIMITS.unpackedBytes) {
      return expansionError('import.file.xlsxTooBig', { file, max: maxMb })
    }
    if (
      part.unpacked > RATIO_FROM_BYTES &&
      part.unpacked > XLSX_LIMITS.ratio * Math.max(part.packed, 1)
    ) {
      return expansionError('import.file.xlsxRatio', {
        file,
        part: part.name,
        ratio: Math.round(part.unpacked / Math.max(part.packed, 1)),
        max: XLSX_LIMITS.ratio,
      })
    }
  }
  for (const part of parts) {
    if (part.method !== 8) continue // stored parts are as big as they are
    const at = part.localOffset
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) continue
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28)
    const packed = zip.subarray(start, Math.min(zip.length, start + part.packed))
    if (!(await inflatesWithin(packed, part.unpacked))) {
      return expansionError('import.file.xlsxTooBig', { file, max: maxMb })
    }
  }
  return null
}
