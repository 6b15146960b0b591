/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| from the intersection size and both set sizes; 0 when
 * both sets are empty.
 *
 * @example
 * jaccard(1, 2, 3) // 0.25
 */
export function jaccard(intersection: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - intersection;
  return union === 0 ? 0 : intersection / union;
}

/**
 * Number of set bits in a 32-bit integer.
 *
 * @example
 * popcount32(0b1011) // 3
 */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** An empty list, for the lists a copy of an index leaves out (`forRows`). */
const EMPTY_IDS = new Int32Array(0);

/** Above this many 32-bit words the mentor side is kept as sorted id lists instead of bitsets. */
const DENSE_BUDGET_WORDS = 1 << 22;

/**
 * Set intersections between every mentor and every adept without allocating per pair. The
 * mentor side holds distinct keys; the adept side holds distinct items, each a list of
 * alternative keys (one key for a tag, a Swedish and an English stem for a text term). An item
 * is covered by a mentor who has any of its alternatives. Only keys that occur on both sides get
 * ids, so the mentor bitsets stay short for a realistic vocabulary; a huge shared vocabulary
 * falls back to sorted id lists and binary search. A class rather than closures so that the
 * per-pair call stays monomorphic and inlinable however many indices exist.
 *
 * @example
 * const index = new CrossIndex([["change", "budget"]], [[["budget"], ["conflict"]]]);
 * index.covered(0, 0) // 1
 */
export class CrossIndex {
  /** Distinct keys per mentor. */
  readonly mentorSize: Int32Array;
  /** Items per adept. */
  readonly adeptSize: Int32Array;
  /** Alternatives per stored item (padded with an id no mentor has). */
  private readonly arity: number;
  /** Start of each adept's coverable items, in items. */
  private readonly offsets: Int32Array;
  private readonly adeptIds: Int32Array;
  /** Bitset words per mentor; 0 when the mentor side is sparse. */
  private readonly words: number;
  private readonly bits: Uint32Array;
  /** Sparse mentor side: sorted ids, mentor i at `starts[i]..starts[i + 1]`. */
  private readonly starts: Int32Array;
  private readonly sorted: Int32Array;
  /**
   * Single-key items and at most 32 shared keys (the realistic case: a programme's vocabulary of
   * tags, sectors, fields or areas): one mask per person, and an intersection is one popcount.
   */
  private readonly small: boolean;
  private readonly mentorMask: Uint32Array;
  private readonly adeptMask: Uint32Array;
  /**
   * Adepts with the same size and the same coverable items get the same `covered` from every
   * mentor: they share a class, so a row can be scored once per class (`classAdept[c]` is one
   * adept of class `c`, `adeptClass[j]` the class of adept `j`).
   */
  readonly adeptClass: Int32Array;
  readonly classAdept: Int32Array;
  /** Items per class (`adeptSize` of its adepts). */
  readonly classSize: Int32Array;
  /** The masks of the classes' adepts (the small case only). */
  private readonly classMask: Uint32Array;
  /** Scratch for `coverClasses`, one per class. */
  private readonly covers: Int32Array;

  /**
   * `mentorKeys[i]` must hold distinct keys and `adeptItems[j]` distinct items.
   * `denseBudgetWords` bounds the mentor bitsets (tests lower it to reach the sparse path); the
   * default value is 4,194,304 words (16 MB).
   */
  constructor(
    mentorKeys: readonly (readonly string[])[],
    /** Per adept its items: a key, or a list of alternative keys. */
    adeptItems: readonly (readonly (string | readonly string[])[])[],
    denseBudgetWords = DENSE_BUDGET_WORDS,
  ) {
    const mentorVocabulary = new Set<string>();
    this.mentorSize = new Int32Array(mentorKeys.length);
    mentorKeys.forEach((keys, i) => {
      this.mentorSize[i] = keys.length;
      for (const key of keys) mentorVocabulary.add(key);
    });

    // Ids for keys on both sides, in order of first use by an adept.
    const ids = new Map<string, number>();
    let arity = 1;
    let singleKeys = true;
    for (const items of adeptItems) {
      for (const item of items) {
        // A key alone (tags, sectors, fields, areas: no list per item to build).
        if (typeof item === "string") {
          if (mentorVocabulary.has(item) && !ids.has(item)) ids.set(item, ids.size);
          continue;
        }
        if (item.length > 1) singleKeys = false;
        let inVocabulary = 0;
        for (const key of item) {
          if (!mentorVocabulary.has(key)) continue;
          inVocabulary++;
          if (!ids.has(key)) ids.set(key, ids.size);
        }
        if (inVocabulary > arity) arity = inVocabulary;
      }
    }
    this.arity = arity;
    // One id past the shared ones that no mentor ever has: pads items with fewer alternatives.
    const pad = ids.size;

    this.adeptSize = new Int32Array(adeptItems.length);
    this.offsets = new Int32Array(adeptItems.length + 1);
    // Every item's ids in one typed list (room for `arity` per item; the rest unused).
    let most = 0;
    for (const items of adeptItems) most += items.length * arity;
    const flat = new Int32Array(most);
    let n = 0;
    adeptItems.forEach((items, j) => {
      this.adeptSize[j] = items.length;
      for (const item of items) {
        const before = n;
        if (typeof item === "string") {
          const id = ids.get(item);
          if (id !== undefined) flat[n++] = id;
        } else {
          for (const key of item) {
            const id = ids.get(key);
            if (id !== undefined) flat[n++] = id;
          }
        }
        // An item no mentor can cover only counts towards the adept's size.
        if (n === before) continue;
        while (n < before + arity) flat[n++] = pad;
      }
      this.offsets[j + 1] = n / arity;
    });
    this.adeptIds = flat.subarray(0, n);

    // Masks need distinct ids per adept, which distinct single-key items guarantee (two items with
    // alternatives could come down to the same shared key).
    this.small = singleKeys && ids.size <= 32;
    this.adeptMask = new Uint32Array(this.small ? adeptItems.length : 0);
    if (this.small) {
      for (let j = 0; j < adeptItems.length; j++) {
        for (let k = this.offsets[j]!; k < this.offsets[j + 1]!; k++) {
          this.adeptMask[j]! |= 1 << this.adeptIds[k]!;
        }
      }
    }

    const classes = new Map<number | string, number>();
    const classAdept: number[] = [];
    this.adeptClass = new Int32Array(adeptItems.length);
    for (let j = 0; j < adeptItems.length; j++) {
      // Items with alternatives (text terms) rarely repeat as a whole set: one class per adept.
      const key = this.small
        ? this.adeptSize[j]! * 2 ** 32 + this.adeptMask[j]!
        : singleKeys
          ? this.classKey(j)
          : j;
      let c = classes.get(key);
      if (c === undefined) {
        c = classAdept.length;
        classes.set(key, c);
        classAdept.push(j);
      }
      this.adeptClass[j] = c;
    }
    this.classAdept = Int32Array.from(classAdept);
    this.classSize = new Int32Array(classAdept.length);
    this.classMask = new Uint32Array(this.small ? classAdept.length : 0);
    for (let c = 0; c < classAdept.length; c++) {
      this.classSize[c] = this.adeptSize[classAdept[c]!]!;
      if (this.small) this.classMask[c] = this.adeptMask[classAdept[c]!]!;
    }
    this.covers = new Int32Array(classAdept.length);

    // Each mentor's shared ids, mentor i's at `idAt[i]..idAt[i + 1]` of one typed list (not a
    // list per mentor: a national cohort's profiles make several indexes), each mentor key looked
    // up once (`keyIds`: its id, or -1 for a key no adept has).
    let mentorKeyCount = 0;
    for (const keys of mentorKeys) mentorKeyCount += keys.length;
    const keyIds = new Int32Array(mentorKeyCount);
    const idAt = new Int32Array(mentorKeys.length + 1);
    let k = 0;
    for (let i = 0; i < mentorKeys.length; i++) {
      let own = 0;
      for (const key of mentorKeys[i]!) {
        const id = ids.get(key) ?? -1;
        keyIds[k++] = id;
        if (id >= 0) own++;
      }
      idAt[i + 1] = idAt[i]! + own;
    }
    const mentorIds = new Int32Array(idAt[mentorKeys.length]!);
    for (let e = 0, at = 0; e < keyIds.length; e++)
      if (keyIds[e]! >= 0) mentorIds[at++] = keyIds[e]!;
    this.mentorMask = new Uint32Array(this.small ? mentorKeys.length : 0);
    if (this.small) {
      for (let i = 0; i < mentorKeys.length; i++) {
        for (let e = idAt[i]!; e < idAt[i + 1]!; e++) this.mentorMask[i]! |= 1 << mentorIds[e]!;
      }
    }
    const words = (pad + 32) >>> 5;
    if (this.small) {
      this.words = 0;
      this.bits = new Uint32Array(0);
      this.starts = new Int32Array(0);
      this.sorted = new Int32Array(0);
    } else if (mentorKeys.length * words <= denseBudgetWords) {
      this.words = words;
      this.bits = new Uint32Array(mentorKeys.length * words);
      for (let i = 0; i < mentorKeys.length; i++) {
        for (let e = idAt[i]!; e < idAt[i + 1]!; e++) {
          const id = mentorIds[e]!;
          this.bits[i * words + (id >>> 5)]! |= 1 << (id & 31);
        }
      }
      this.starts = new Int32Array(0);
      this.sorted = new Int32Array(0);
    } else {
      this.words = 0;
      this.bits = new Uint32Array(0);
      this.starts = idAt;
      // Sorted per mentor for `hasSparse`'s binary search (the masks and bitsets need no order).
      for (let i = 0; i < mentorKeys.length; i++) mentorIds.subarray(idAt[i]!, idAt[i + 1]!).sort();
      this.sorted = mentorIds;
    }
  }

  /**
   * This index as plain data for another thread's rows (`coverClasses`, `classSize`,
   * `mentorSize`; criteria/scorerRows.ts), which is sent to it for every large match: where one
   * mask per person serves (`small`), without the adepts' own lists, which only `covered` and
   * the constructor read (at 500 + 500 a third less to copy, on the calling thread).
   *
   * @example
   * structuredClone(index.forRows()) // revived as a CrossIndex: its rows' covers are the same
   */
  forRows(): Record<string, unknown> {
    const plain: Record<string, unknown> = { ...(this as unknown as Record<string, unknown>) };
    if (this.small) {
      for (const k of ["adeptSize", "offsets", "adeptIds", "adeptMask", "adeptClass"])
        plain[k] = EMPTY_IDS;
    }
    return plain;
  }

  /** The adept's size and coverable items, in an order-independent string. */
  private classKey(adept: number): string {
    const items: string[] = [];
    for (let k = this.offsets[adept]!; k < this.offsets[adept + 1]!; k++) {
      items.push(this.adeptIds.subarray(k * this.arity, (k + 1) * this.arity).join("."));
    }
    return `${this.adeptSize[adept]}:${items.sort().join(",")}`;
  }

  /** How many of the adept's items the mentor covers (the intersection size for tags). */
  covered(mentor: number, adept: number): number {
    // Kept tiny so that it inlines into each criterion's per-pair function.
    return this.small
      ? popcount32(this.mentorMask[mentor]! & this.adeptMask[adept]!)
      : this.coveredByScan(mentor, adept);
  }

  /**
   * `covered(mentor, classAdept[c])` for every class c (a row's class loop: one mask read per
   * row and one popcount per class in the small case), in an array the next call reuses.
   */
  coverClasses(mentor: number): Int32Array {
    const out = this.covers;
    const classes = out.length;
    if (this.small) {
      const mask = this.mentorMask[mentor]!;
      const masks = this.classMask;
      for (let c = 0; c < classes; c++) out[c] = popcount32(mask & masks[c]!);
      return out;
    }
    for (let c = 0; c < classes; c++) out[c] = this.coveredByScan(mentor, this.classAdept[c]!);
    return out;
  }

  private coveredByScan(mentor: number, adept: number): number {
    const arity = this.arity;
    const ids = this.adeptIds;
    const end = this.offsets[adept + 1]! * arity;
    let k = this.offsets[adept]! * arity;
    let n = 0;
    if (this.words === 0) {
      for (; k < end; k += arity) {
        for (let t = k; t < k + arity; t++) {
          if (this.hasSparse(mentor, ids[t]!)) {
            n++;
            break;
          }
        }
      }
      return n;
    }
    const bits = this.bits;
    const base = mentor * this.words;
    if (arity === 1) {
      for (; k < end; k++) {
        const id = ids[k]!;
        n += (bits[base + (id >>> 5)]! >>> (id & 31)) & 1;
      }
    } else if (arity === 2) {
      for (; k < end; k += 2) {
        const a = ids[k]!;
        const b = ids[k + 1]!;
        n += ((bits[base + (a >>> 5)]! >>> (a & 31)) | (bits[base + (b >>> 5)]! >>> (b & 31))) & 1;
      }
    } else {
      for (; k < end; k += arity) {
        let hit = 0;
        for (let t = k; t < k + arity; t++) {
          const id = ids[t]!;
          hit |= bits[base + (id >>> 5)]! >>> (id & 31);
        }
        n += hit & 1;
      }
    }
    return n;
  }

  private hasSparse(mentor: number, id: number): boolean {
    const sorted = this.sorted;
    let lo = this.starts[mentor]!;
    let hi = this.starts[mentor + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = sorted[mid]!;
      if (value === id) return true;
      if (value < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
