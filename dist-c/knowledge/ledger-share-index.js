// What a lookup of nothing listed finds: never added to (`add` makes a bucket of its own).
const NONE = Object.freeze({
    groups: Object.freeze([]),
    at: Object.freeze([]),
});
export class ShareIndex {
    // By amount, then by whole (none: `loose`): no key string is built per fact.
    buckets = new Map();
    /** Lists `group` at place `at` of `amount`'s listing, under the whole it is a share of now (or none). */
    add(amount, group, at) {
        const bucket = this.bucket(amount, group.entry.partOf);
        bucket.groups.push(group);
        bucket.at.push(at);
    }
    /** The groups listed while a share of no whole: one may have become a share since (`sameGrant` reads that). */
    loose(amount) {
        return this.buckets.get(amount)?.loose ?? NONE;
    }
    /** The groups listed as shares of `wholeId` (a share never changes whole while the ledger is built). */
    ofWhole(amount, wholeId) {
        return this.buckets.get(amount)?.byWhole?.get(wholeId) ?? NONE;
    }
    bucket(amount, wholeId) {
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
//# sourceMappingURL=ledger-share-index.js.map