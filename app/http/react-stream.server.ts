// React 18's server stream pads a chunk with NUL bytes when a multi-byte character does not fit
// at its end (facebook/react#26228, fixed only in React 19): Kazakh and Russian pages had a NUL
// every few kilobytes. HTML never holds a NUL, so the entry drops them from every chunk.
export function withoutNulBytes(chunk: Buffer): Buffer {
  if (chunk.indexOf(0) === -1) return chunk
  const out = Buffer.allocUnsafe(chunk.length)
  let n = 0
  for (let i = 0; i < chunk.length; i++) if (chunk[i] !== 0) out[n++] = chunk[i]!
  return out.subarray(0, n)
}
