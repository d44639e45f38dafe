import type { HashFunction } from 'bloom-filters/dist/sketch/min-hash'

import { MinHash } from 'bloom-filters'

import { shingleBits } from './features'

/**
 * MinHash signatures (bloom-filters' MinHash) and LSH banding over them.
 * The signature is taken over a question's words; 16 bands of 2 rows make a
 * pair with word Jaccard J a candidate with probability 1 − (1 − J²)¹⁶:
 * 0.99 at J = 0.5 (the reporting threshold), 0.78 at J = 0.3, 0.15 at
 * J = 0.1. Candidates are then scored exactly (similarity.ts), so the bands
 * only decide what is looked at, never the score; the quality test goes
 * through the index, so a pair the bands miss counts as missed.
 */
export const bandCount = 16
export const rowsPerBand = 2
const hashCount = bandCount * rowsPerBand

/** The first prime above 2^26: every shingle id is below it. */
const prime = 67108879

/**
 * Fixed hash functions instead of MinHashFactory's Math.random ones, so that
 * signatures (and so candidates) are the same in every process and test run.
 */
const seedOf = (text: string): number => {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash >>> 0
}
const hashFunctions: readonly HashFunction[] = Array.from({ length: hashCount }, (_, index) => ({
  a: 1 + (seedOf(`prepbank-minhash-a-${index}`) % (prime - 1)),
  b: seedOf(`prepbank-minhash-b-${index}`) % prime,
  c: prime,
}))

if (prime <= 2 ** shingleBits) throw new Error('MinHash prime must exceed every shingle id')

/**
 * Returns a function from shingles to a signature. It reuses one MinHash,
 * reset before each text: constructing one seeds a PRNG and costs ~50 µs,
 * more than hashing a question's shingles.
 */
export const createSketcher = (): ((shingles: Uint32Array) => number[]) => {
  const sketch = new MinHash(hashCount, hashFunctions as HashFunction[])
  return (shingles) => {
    sketch._signature = new Array<number>(hashCount).fill(Infinity)
    for (const shingle of shingles) sketch.add(shingle)
    return sketch._signature
  }
}

/** One key per band: two rows below 2^26 each make an exact number below 2^52. */
export const bandKeysOf = (signature: readonly number[]): number[] =>
  Array.from({ length: bandCount }, (_, band) => signature[band * rowsPerBand] * prime + signature[band * rowsPerBand + 1])
