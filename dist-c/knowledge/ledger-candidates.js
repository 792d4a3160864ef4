import { hasDocument, hasList } from "./ledger-group.js";
/** The groups of one amount in the order they were listed, less those closed for good. */
class OpenGroups {
    closed;
    head = null;
    tail = null;
    taken = 0;
    constructor(closed) {
        this.closed = closed;
    }
    /** The first open group of `listed` (append-only) that passes `test`. */
    find(listed, test) {
        return this.findLink(listed, test)?.group;
    }
    /** The link of that group, with its place in `listed`. */
    findLink(listed, test) {
        this.catchUp(listed);
        let before = null;
        for (let link = this.head; link !== null; link = link.next) {
            if (this.closed(link.group)) {
                this.unlink(before, link);
                continue;
            }
            if (test(link.group))
                return link;
            before = link;
        }
        return undefined;
    }
    catchUp(listed) {
        for (; this.taken < listed.length; this.taken++) {
            const link = { group: listed[this.taken], at: this.taken, next: null };
            if (this.tail)
                this.tail.next = link;
            else
                this.head = link;
            this.tail = link;
        }
    }
    unlink(before, link) {
        if (before)
            before.next = link.next;
        else
            this.head = link.next;
        if (this.tail === link)
            this.tail = before;
    }
}
// A listing this short is scanned as it is: keeping a view of it costs more than the groups it would skip.
const SHORT = 16;
/** Per document: the open groups by amount, for the fact's list and for whether it is a share. */
export class DocumentCandidates {
    docId;
    // By listing (an amount's groups, or one bucket of them), then by list; apart for shares and the rest.
    // Made when a listing first grows long: most documents never need one.
    views = null;
    constructor(docId) {
        this.docId = docId;
    }
    /** The first group of `listed` (the groups of the fact's amount) that passes `test`, as `listed.find` would. */
    first(listed, fact, isShare, test) {
        const list = fact.list;
        if ((list === null && !isShare) || listed.length <= SHORT)
            return listed.find(test);
        return this.view(listed, list, isShare).find(listed, test);
    }
    /**
     * For a share of `wholeId`: the first group of its amount's listing that passes `test`, among the only ones
     * `sameGrant` may take (those of no whole and those of that whole), as `listed.find` would.
     */
    firstShare(index, fact, wholeId, test) {
        const amount = fact.amount.valueSek;
        const loose = this.firstOf(index.loose(amount), fact.list, test);
        const whole = this.firstOf(index.ofWhole(amount, wholeId), fact.list, test);
        if (loose && whole)
            return loose.at < whole.at ? loose.group : whole.group;
        return loose?.group ?? whole?.group;
    }
    firstOf(bucket, list, test) {
        if (bucket.groups.length <= SHORT) {
            const i = bucket.groups.findIndex(test);
            return i < 0 ? undefined : { group: bucket.groups[i], at: bucket.at[i] };
        }
        const link = this.view(bucket, list, true).findLink(bucket.groups, test);
        return link && { group: link.group, at: bucket.at[link.at] };
    }
    /** The open groups of `listing` for a fact of `list` (closing a group for good depends on nothing else). */
    view(listing, list, isShare) {
        this.views ??= [new Map(), new Map()];
        const ofKind = this.views[isShare ? 1 : 0];
        let byList = ofKind.get(listing);
        if (!byList) {
            byList = new Map();
            ofKind.set(listing, byList);
        }
        let view = byList.get(list);
        if (!view) {
            view = this.openTo(list, isShare);
            byList.set(list, view);
        }
        return view;
    }
    /** What `sameGrant` refuses within one document, and keeps refusing as groups only grow. */
    openTo(list, isShare) {
        return new OpenGroups((g) => hasDocument(g, this.docId) &&
            ((list !== null && hasList(g, list)) || (isShare && g.entry.partOf !== null)));
    }
}
//# sourceMappingURL=ledger-candidates.js.map