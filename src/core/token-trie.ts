// A token trie keyed by lexicon ids, laid out flat for the scan: roots in an array indexed by id,
// edges in one open-addressing table of integers, each node's outputs as a range of the owner's
// flat output arrays. A scan step is then a few typed-array reads instead of a property load and
// a Map lookup, and nothing the scan touches is an object.

export interface TrieNode<K, O> {
  next: Map<K, TrieNode<K, O>> | null;
  out: O[] | null;
  /** Where `out` starts in the owner's flat output arrays, once placed (see FlatTrie). */
  flat: number;
}

/** Node number of each node, in the order a depth-first walk meets them. */
function numberNodes<O>(root: Map<number, TrieNode<number, O>>): Map<TrieNode<number, O>, number> {
  const numbers = new Map<TrieNode<number, O>, number>();
  const visit = (map: Map<number, TrieNode<number, O>>) => {
    for (const node of map.values()) {
      numbers.set(node, numbers.size);
      if (node.next) visit(node.next);
    }
  };
  visit(root);
  return numbers;
}

function edgeHash(node: number, key: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ key;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Bits in `edgeBits` (2^16: 8 KB, a few percent of them set for the taxonomy's tries). */
const EDGE_BITS = 1 << 16;

export class FlatTrie<O> {
  /** Per key id: its root node + 1 (0: no alias starts with it). */
  private readonly roots: Int32Array;
  /** Per node: where its outputs start in the owner's flat arrays + 1 (0: no alias ends there), and end. */
  readonly outFrom: Int32Array;
  readonly outTo: Int32Array;
  /** Per node: 1 when some longer alias runs on from it. */
  readonly hasNext: Uint8Array;
  /**
   * Per node: bit (key & 31) set for each key with an edge from it. Most steps of a walk ask for
   * a word that continues some alias but not this one: one read of this small array turns most
   * of them away before a probe of the (much larger, rarely cached) edge table.
   */
  private readonly keyBits: Int32Array;
  /**
   * One bit per (node, key) edge, at its hash's high bits: a small filter read after `keyBits`.
   * Most steps of a stemmed walk that get past `keyBits` (a node with many children sets many of
   * its bits) find no edge; this turns most of them away before the probe, whose table is large.
   */
  private readonly edgeBits = new Int32Array(EDGE_BITS >>> 5);
  /** Edge slots of four: parent node + 1 (0: empty), key id, child node, unused. */
  private readonly edges: Int32Array;
  private readonly mask: number;

  /** `place` puts a node's outputs in the owner's flat arrays and returns where they start. */
  constructor(root: Map<number, TrieNode<number, O>>, place: (out: O[]) => number) {
    const numbers = numberNodes(root);
    const count = numbers.size;
    this.outFrom = new Int32Array(count);
    this.outTo = new Int32Array(count);
    this.hasNext = new Uint8Array(count);
    this.keyBits = new Int32Array(count);
    let maxKey = -1;
    for (const key of root.keys()) maxKey = Math.max(maxKey, key);
    this.roots = new Int32Array(maxKey + 1);
    for (const [key, node] of root) this.roots[key] = numbers.get(node)! + 1;
    let edgeCount = 0;
    for (const node of numbers.keys()) edgeCount += node.next?.size ?? 0;
    let slots = 16;
    while (slots < edgeCount * 2) slots *= 2;
    this.edges = new Int32Array(slots * 4);
    this.mask = slots - 1;
    for (const [node, n] of numbers) {
      if (node.out) {
        node.flat = place(node.out);
        this.outFrom[n] = node.flat + 1;
        this.outTo[n] = node.flat + node.out.length;
      }
      if (!node.next) continue;
      this.hasNext[n] = 1;
      for (const [key, child] of node.next) {
        this.keyBits[n]! |= 1 << (key & 31);
        const h = edgeHash(n, key);
        const bit = (h >>> 16) & (EDGE_BITS - 1);
        this.edgeBits[bit >>> 5]! |= 1 << (bit & 31);
        let slot = h & this.mask;
        while (this.edges[slot * 4] !== 0) slot = (slot + 1) & this.mask;
        this.edges[slot * 4] = n + 1;
        this.edges[slot * 4 + 1] = key;
        this.edges[slot * 4 + 2] = numbers.get(child)!;
      }
    }
  }

  /** Root node of aliases starting with this key, or -1. */
  root(key: number): number {
    return key < this.roots.length ? this.roots[key]! - 1 : -1;
  }

  /** The child of `node` by `key`, or -1. */
  child(node: number, key: number): number {
    if ((this.keyBits[node]! & (1 << (key & 31))) === 0) return -1;
    const h = edgeHash(node, key);
    const bit = (h >>> 16) & (EDGE_BITS - 1);
    if ((this.edgeBits[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const edges = this.edges;
    const mask = this.mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 4;
      const parent = edges[at]!;
      if (parent === 0) return -1;
      if (parent === node + 1 && edges[at + 1] === key) return edges[at + 2]!;
    }
  }
}
