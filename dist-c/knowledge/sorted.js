/** How many of the ascending `positions` are below `limit` (a binary search). */
export function countBelow(positions, limit) {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (positions[mid] < limit)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
//# sourceMappingURL=sorted.js.map