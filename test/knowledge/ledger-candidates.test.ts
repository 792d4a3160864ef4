// A document's list items skip the groups it has closed to them, and still find what a plain scan finds.
import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/bench/prng.js";
import type { RawFact } from "../../src/knowledge/facts.js";
import { DocumentCandidates } from "../../src/knowledge/ledger-candidates.js";
import { type Group, hasDocument, hasList } from "../../src/knowledge/ledger-group.js";
import { ShareIndex } from "../../src/knowledge/ledger-share-index.js";

const group = (docIds: string[], lists: (number | null)[], partOf: string | null): Group =>
  ({
    entry: { partOf },
    seen: { docIds: new Set(docIds), lists: new Set(lists) },
  }) as unknown as Group;

const fact = (list: number | null) => ({ list, amount: { valueSek: 1 } }) as unknown as RawFact;

describe("ledger candidates", () => {
  it("finds the first group a plain scan finds, while groups grow and more are listed", () => {
    const random = createRandom(7);
    for (let run = 0; run < 200; run++) {
      const candidates = new DocumentCandidates("d");
      const listed: Group[] = [];
      for (let step = 0; step < 60; step++) {
        if (random.chance(0.5)) {
          const docIds = random.chance(0.7) ? ["d"] : ["e"];
          const lists = [random.chance(0.3) ? null : random.int(1, 3)];
          listed.push(group(docIds, lists, random.chance(0.5) ? "w" : null));
        }
        const f = fact(random.chance(0.3) ? null : random.int(1, 3));
        const isShare = random.chance(0.5);
        // Any test that refuses what the document closed: here, a random choice among the rest.
        const accepts = new Set(listed.filter(() => random.chance(0.2)));
        const closed = (g: Group) =>
          hasDocument(g, "d") &&
          ((f.list !== null && hasList(g, f.list)) || (isShare && g.entry.partOf !== null));
        const test = (g: Group) => !closed(g) && accepts.has(g);
        expect(candidates.first(listed, f, isShare, test)).toBe(listed.find(test));
        // A group taking the fact grows: it now holds the fact's list.
        const taken = listed.find(test);
        taken?.seen?.lists.add(f.list);
      }
    }
  });

  it("finds for a share the first group a plain scan finds among those of no whole or its own", () => {
    const random = createRandom(11);
    const wholes = ["w", "v"];
    for (let run = 0; run < 200; run++) {
      const candidates = new DocumentCandidates("d");
      const index = new ShareIndex();
      const listed: Group[] = [];
      for (let step = 0; step < 60; step++) {
        if (random.chance(0.5)) {
          const docIds = random.chance(0.7) ? ["d"] : ["e"];
          const lists = [random.chance(0.3) ? null : random.int(1, 3)];
          const partOf = random.chance(0.4) ? null : (wholes[random.int(0, 1)] as string);
          const g = group(docIds, lists, partOf);
          listed.push(g);
          index.add(1, g, listed.length - 1);
        }
        // A group of no whole may become a share after it was listed.
        const loose = listed.find((g) => g.entry.partOf === null && random.chance(0.1));
        if (loose) loose.entry.partOf = wholes[random.int(0, 1)] as string;
        const f = fact(random.chance(0.3) ? null : random.int(1, 3));
        const whole = wholes[random.int(0, 1)] as string;
        const accepts = new Set(listed.filter(() => random.chance(0.2)));
        // What `sameGrant` asks of a share: a group of no whole, or of its whole from another document.
        const test = (g: Group) =>
          accepts.has(g) &&
          !(hasDocument(g, "d") && f.list !== null && hasList(g, f.list)) &&
          (g.entry.partOf === null || (g.entry.partOf === whole && !hasDocument(g, "d")));
        expect(candidates.firstShare(index, f, whole, test)).toBe(listed.find(test));
        const taken = listed.find(test);
        taken?.seen?.lists.add(f.list);
      }
    }
  });
});
