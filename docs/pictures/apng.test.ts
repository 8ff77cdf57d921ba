import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { animatedPng, readChunks } from './apng'

/** A tiny PNG of one grey level, made by hand. */
function png(level: number, width = 2, height = 2) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const rows = Buffer.concat(
    Array.from({ length: height }, () =>
      Buffer.from([0, ...Array.from({ length: width }, () => level)]),
    ),
  )
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    // The reader does not check CRCs: zeros are enough for a frame to be read.
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)])
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('an animated PNG', () => {
  it('holds every frame, each with its control chunk, in sequence, and says how many', () => {
    const apng = animatedPng([png(0), png(128), png(255)], 120)
    const chunks = readChunks(apng)
    expect(chunks.map((c) => c.type)).toEqual([
      'IHDR',
      'acTL',
      'fcTL',
      'IDAT',
      'fcTL',
      'fdAT',
      'fcTL',
      'fdAT',
      'IEND',
    ])
    expect(chunks[1]?.data.readUInt32BE(0)).toBe(3)
    const sequence = chunks
      .filter((c) => c.type === 'fcTL' || c.type === 'fdAT')
      .map((c) => c.data.readUInt32BE(0))
    expect(sequence).toEqual([0, 1, 2, 3, 4])
    expect(chunks[2]?.data.readUInt16BE(20)).toBe(120)
    // Every chunk's checksum holds: a viewer drops a chunk whose CRC is wrong.
    for (let at = 8; at < apng.length;) {
      const length = apng.readUInt32BE(at)
      const body = apng.subarray(at + 4, at + 8 + length)
      expect(apng.readUInt32BE(at + 8 + length)).toBe(crc32(body))
      at += 12 + length
    }
  })

  it('refuses frames of different sizes', () => {
    expect(() => animatedPng([png(0), png(0, 3, 2)], 100)).toThrow('frame 1 differs')
  })
})
