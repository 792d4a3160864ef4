// The groups of one amount by the whole they are a share of: a share is only ever the same grant as a group of
// its own whole or of none (`sameGrant`), so a recurring amount ("högst 750 000 kronor" in every decision) is
// compared with its own whole's groups, not with every decision's: the merge stays linear in the corpus.
import type { Group } from "./ledger-group.js";

/** Groups in the order they were listed under one amount, with their place in that amount's whole listing. */
export interface Bucket {
  groups: Group[];
  at: number[];
}

// What a lookup of nothing listed finds: never added to (`add` makes a bucket of its own).
const NONE = Object.freeze({
  groups: Object.freeze([]),
  at: Object.freeze([]),
}) as unknown as Bucket;

/** One amount's buckets: most amounts are never a share, and get no map of wholes. */
interface AmountBuckets {
  loose: Bucket | null;
  byWhole: Map<string, Bucket> | null;
}

export class ShareIndex {
  // By amount, then by whole (none: `loose`): no key string is built per fact.
  private readonly buckets = new Map<number, AmountBuckets>();

  /** Lists `group` at place `at` of `amount`'s listing, under the whole it is a share of now (or none). */
  add(amount: number, group: Group, at: number): void {
    const bucket = this.bucket(amount, group.entry.partOf);
    bucket.groups.push(group);
    bucket.at.push(at);
  }

  /** The groups listed while a share of no whole: one may have become a share since (`sameGrant` reads that). */
  loose(amount: number): Bucket {
    return this.buckets.get(amount)?.loose ?? NONE;
  }

  /** The groups listed as shares of `wholeId` (a share never changes whole while the ledger is built). */
  ofWhole(amount: number, wholeId: string): Bucket {
    return this.buckets.get(amount)?.byWhole?.get(wholeId) ?? NONE;
  }

  private bucket(amount: number, wholeId: string | null): Bucket {
    let of = this.buckets.get(amount);
    if (!of) {
      of = { loose: null, byWhole: null };
      this.buckets.set(amount, of);
    }
    if (wholeId === null) {
      of.loose ??= { groups: [], at: [] };
      return of.loose;
    }
    of.byWhole ??= new Map();
    let bucket = of.byWhole.get(wholeId);
    if (!bucket) {
      bucket = { groups: [], at: [] };
      of.byWhole.set(wholeId, bucket);
    }
    return bucket;
  }
}
