// The nearest earlier position holding a larger value, in log time: a list of many amounts is not scanned
// back once per item (a max tree over positions).
/** Values by position; a position that holds none is `-Infinity`. */
export class NearestLarger {
    leaves;
    // A plain array: a document's few amounts make many small trees, and a typed array is slow to allocate.
    max;
    constructor(values) {
        let leaves = 1;
        while (leaves <= values.length)
            leaves *= 2;
        this.leaves = leaves;
        this.max = new Array(2 * leaves).fill(Number.NEGATIVE_INFINITY);
        for (let i = 0; i < values.length; i++)
            this.max[leaves + i] = values[i];
        for (let n = leaves - 1; n >= 1; n--)
            this.max[n] = this.maxOf(2 * n, 2 * n + 1);
    }
    /** Sets the value at `position` (`-Infinity` takes it out). */
    set(position, value) {
        let n = this.leaves + position;
        this.max[n] = value;
        for (n >>= 1; n >= 1; n >>= 1)
            this.max[n] = this.maxOf(2 * n, 2 * n + 1);
    }
    /** The last position before `position` whose value is above `value`, or null. */
    before(position, value) {
        let n = this.leaves + position;
        // Up while the ranges left of `position` hold nothing larger; a right child's left sibling is next.
        while (n > 1 && !(n % 2 === 1 && this.at(n - 1) > value))
            n >>= 1;
        if (n <= 1)
            return null;
        n -= 1;
        // Down to the rightmost leaf above `value`.
        while (n < this.leaves)
            n = this.at(2 * n + 1) > value ? 2 * n + 1 : 2 * n;
        return n - this.leaves;
    }
    at(n) {
        return this.max[n] ?? Number.NEGATIVE_INFINITY;
    }
    maxOf(a, b) {
        return Math.max(this.at(a), this.at(b));
    }
}
//# sourceMappingURL=nearest-larger.js.map