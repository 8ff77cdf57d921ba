/**
 * An animated PNG from PNG frames of one size and kind (the same colour type, and the first
 * frame's palette, if any, for all), as browsers and GitHub show them: no encoder to install. Each frame's compressed image data is carried over as it is (the first as IDAT, the
 * others as fdAT), with the frame control chunks APNG adds; see the APNG specification.
 */
import { crc32 } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG's chunks, in order. */
export function readChunks(png: Buffer): { type: string; data: Buffer }[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG')
  const chunks: { type: string; data: Buffer }[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('ascii', at + 4, at + 8)
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return chunks
}

/** `frames`: PNGs of one width, height and colour type; each shown `delayMs`, looping. */
export function animatedPng(frames: Buffer[], delayMs: number): Buffer {
  const [first] = frames
  if (!first) throw new Error('no frames')
  const firstChunks = readChunks(first)
  const header = firstChunks.find((c) => c.type === 'IHDR')
  if (!header) throw new Error('a frame has no header')
  const width = header.data.readUInt32BE(0)
  const height = header.data.readUInt32BE(4)
  const control = Buffer.alloc(8)
  control.writeUInt32BE(frames.length, 0)
  // num_plays 0: loops for ever.
  // What the first frame says of its colours (sRGB, gamma, a palette), before its image data.
  const colour = firstChunks
    .slice(
      0,
      firstChunks.findIndex((c) => c.type === 'IDAT'),
    )
    .filter((c) => c.type !== 'IHDR')
    .map((c) => chunk(c.type, c.data))
  const out: Buffer[] = [SIGNATURE, chunk('IHDR', header.data), chunk('acTL', control), ...colour]
  let sequence = 0
  frames.forEach((frame, index) => {
    const chunks = readChunks(frame)
    const ihdr = chunks.find((c) => c.type === 'IHDR')
    if (!ihdr?.data.equals(header.data)) throw new Error(`frame ${index} differs in size or kind`)
    const fctl = Buffer.alloc(26)
    fctl.writeUInt32BE(sequence++, 0)
    fctl.writeUInt32BE(width, 4)
    fctl.writeUInt32BE(height, 8)
    // x and y offsets stay 0; the delay is delayMs / 1000 s; dispose and blend stay 0.
    fctl.writeUInt16BE(delayMs, 20)
    fctl.writeUInt16BE(1000, 22)
    out.push(chunk('fcTL', fctl))
    for (const { type, data } of chunks) {
      if (type !== 'IDAT') continue
      if (index === 0) out.push(chunk('IDAT', data))
      else {
        const number = Buffer.alloc(4)
        number.writeUInt32BE(sequence++)
        out.push(chunk('fdAT', Buffer.concat([number, data])))
      }
    }
  })
  out.push(chunk('IEND', Buffer.alloc(0)))
  return Buffer.concat(out)
}
