// Which groups of one amount a fact of one document may still join. A group that holds an item of the
// fact's list (or a share, when the fact is a share) never takes another telling from that document, so it is
// dropped once instead of being compared with every later item: a list of thousands stays linear.
import type { RawFact } from "./facts.js";
import type { Group } from "./ledger-group.js";

interface Link {
  group: Group;
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
    this.catchUp(listed);
    let before: Link | null = null;
    for (let link = this.head; link !== null; link = link.next) {
      if (this.closed(link.group)) {
        this.unlink(before, link);
        continue;
      }
      if (test(link.group)) return link.group;
      before = link;
    }
    return undefined;
  }

  private catchUp(listed: readonly Group[]): void {
    for (; this.taken < listed.length; this.taken++) {
      const link: Link = { group: listed[this.taken] as Group, next: null };
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

/** Per document: the open groups by amount, for the fact's list and for whether it is a share. */
export class DocumentCandidates {
  private readonly views = new Map<string, OpenGroups>();

  constructor(private readonly docId: string) {}

  /** The first group of `listed` (the groups of the fact's amount) that passes `test`, as `listed.find` would. */
  first(
    listed: readonly Group[],
    fact: RawFact,
    isShare: boolean,
    test: (g: Group) => boolean,
  ): Group | undefined {
    const list = fact.list;
    if (list === null && !isShare) return listed.find(test);
    const key = `${fact.amount.valueSek}\u0000${list}\u0000${isShare}`;
    let view = this.views.get(key);
    if (!view) {
      // What `sameGrant` refuses within one document, and keeps refusing as groups only grow.
      view = new OpenGroups(
        (g) =>
          g.seen.docIds.has(this.docId) &&
          ((list !== null && g.seen.lists.has(list)) || (isShare && g.entry.partOf !== null)),
      );
      this.views.set(key, view);
    }
    return view.find(listed, test);
  }
}
