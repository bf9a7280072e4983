import { UsageError } from './exit-codes.js';

/**
 * Parses `--shard i/n` (1-based).
 * @param {string} text
 */
export function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(String(text).trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be i/n with 1 <= i <= n (for example 2/4), not "${text}".`);
  }
  return { index, count };
}

/**
 * This shard's pages. Pages are ordered by id first, so every machine of a CI matrix cuts the
 * same list the same way, whatever order the targets were found in; then dealt round-robin,
 * so every page lands in exactly one shard and the shards differ by at most one page.
 * @template {{ id: string }} T
 * @param {T[]} pages
 * @param {{ index: number, count: number }} shard
 * @returns {T[]}
 */
export function pagesOfShard(pages, shard) {
  const sorted = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
