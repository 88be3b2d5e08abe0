/** Content hashes for file names and versions. */
import { createHash } from 'node:crypto';

/** The first `length` hex digits of the SHA-256 of `content`: stable across machines and runs. */
export function shortHash(content: string | Uint8Array, length = 10): string {
  return createHash('sha256').update(content).digest('hex').slice(0, length);
}
