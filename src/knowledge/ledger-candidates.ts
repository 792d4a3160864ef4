// Which groups of one amount a fact of one document may still join. A group that holds an item of the
// fact's list (or a share, when the fact is a share) never takes another telling from that document, so it is
// dropped once instead of being compared with every later item: a list of thousands stays linear.
import type { RawFact } from "./facts.js";
import { type Group, hasDocument, hasList } from "./ledger-group.js";
import type { Bucket, ShareIndex } from "./ledger-share-index.js";

interface Link {
  group: Group;
  /** Its place in the listing it was taken from. */
  at: number;
  next: Link | null;
}

/** The groups of one amount in the order they were listed, less those closed for good. */
class OpenGroups {
  private head: Link | null = null;
  private tail: Link | null = null;
  private taken = 0;

  constructor(private readonly closed: (g: Group) => boolean) {}

  /** The first open group of `listed` (append-only) that passes `test`. */
  find(listed: readonly Group[], test: (g: Group) => boolean): Group | undefined {
    return this.findLink(listed, test)?.group;
  }

  /** The link of that group, with its place in `listed`. */
  findLink(listed: readonly Group[], test: (g: Group) => boolean): Link | undefined {
    this.catchUp(listed);
    let before: Link | null = null;
    for (let link = this.head; link !== null; link = link.next) {
      if (this.closed(link.group)) {
        this.unlink(before, link);
        continue;
      }
      if (test(link.group)) return link;
      before = link;
    }
    return undefined;
  }

  private catchUp(listed: readonly Group[]): void {
    for (; this.taken < listed.length; this.taken++) {
      const link: Link = { group: listed[this.taken] as Group, at: this.taken, next: null };
      if (this.tail) this.tail.next = link;
      else this.head = link;
      this.tail = link;
    }
  }

  private unlink(before: Link | null, link: Link): void {
    if (before) before.next = link.next;
    else this.head = link.next;
    if (this.tail === link) this.tail = before;
  }
}

type ViewsByList = Map<number | null, OpenGroups>;

// A listing this short is scanned as it is: keeping a view of it costs more than the groups it would skip.
const SHORT = 16;

/** Per document: the open groups by amount, for the fact's list and for whether it is a share. */
export class DocumentCandidates {
  // By listing (an amount's groups, or one bucket of them), then by list; apart for shares and the rest.
  // Made when a listing first grows long: most documents never need one.
  private views: [Map<object, ViewsByList>, Map<object, ViewsByList>] | null = null;

  constructor(private readonly docId: string) {}

  /** The first group of `listed` (the groups of the fact's amount) that passes `test`, as `listed.find` would. */
  first(
    listed: readonly Group[],
    fact: RawFact,
    isShare: boolean,
    test: (g: Group) => boolean,
  ): Group | undefined {
    const list = fact.list;
    if ((list === null && !isShare) || listed.length <= SHORT) return listed.find(test);
    return this.view(listed, list, isShare).find(listed, test);
  }

  /**
   * For a share of `wholeId`: the first group of its amount's listing that passes `test`, among the only ones
   * `sameGrant` may take (those of no whole and those of that whole), as `listed.find` would.
   */
  firstShare(
    index: ShareIndex,
    fact: RawFact,
    wholeId: string,
    test: (g: Group) => boolean,
  ): Group | undefined {
    const amount = fact.amount.valueSek;
    const loose = this.firstOf(index.loose(amount), fact.list, test);
    const whole = this.firstOf(index.ofWhole(amount, wholeId), fact.list, test);
    if (loose && whole) return loose.at < whole.at ? loose.group : whole.group;
    return loose?.group ?? whole?.group;
  }

  private firstOf(
    bucket: Bucket,
    list: number | null,
    test: (g: Group) => boolean,
  ): { group: Group; at: number } | undefined {
    if (bucket.groups.length <= SHORT) {
      const i = bucket.groups.findIndex(test);
      return i < 0 ? undefined : { group: bucket.groups[i] as Group, at: bucket.at[i] as number };
    }
    const link = this.view(bucket, list, true).findLink(bucket.groups, test);
    return link && { group: link.group, at: bucket.at[link.at] as number };
  }

  /** The open groups of `listing` for a fact of `list` (closing a group for good depends on nothing else). */
  private view(listing: object, list: number | null, isShare: boolean): OpenGroups {
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
  private openTo(list: number | null, isShare: boolean): OpenGroups {
    return new OpenGroups(
      (g) =>
        hasDocument(g, this.docId) &&
        ((list !== null && hasList(g, list)) || (isShare && g.entry.partOf !== null)),
    );
  }
}
