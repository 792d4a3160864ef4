// Statements other than money: deadlines, decisions, people, copy lists, GMS's members and definition,
// and who pays out, distributes or requisitions. Read once at load, each with its exact source span.
import type { SourceDocument } from "../types.js";
import { readChannels } from "./channels.js";
import * as CUE_WORDS from "./cue-words.js";
import { readDeadlines } from "./deadlines.js";
import { readDecisions } from "./decisions.js";
import { viewDocument } from "./document-view.js";
import { readCopies, readDefinitions, readMembers } from "./lists.js";
import { readForeign, readNotGms, readProposals } from "./other-money.js";
import { readPending } from "./pending.js";
import { readPeople } from "./people.js";
import { readPeriods } from "./periods.js";
import { compileAll } from "./phrase-starts.js";
import { readConditions, readPurposes } from "./purposes.js";
import { readReferences } from "./references.js";
import type { Statements } from "./types.js";

export type * from "./types.js";

compileAll(Object.values(CUE_WORDS));

export function emptyStatements(): Statements {
  // New kinds go last: `gms-bot facts --json` lists them in this order.
  return {
    deadlines: [],
    decisions: [],
    pending: [],
    purposes: [],
    periods: [],
    people: [],
    copies: [],
    members: [],
    definitions: [],
    channels: [],
    conditions: [],
    notGms: [],
    proposals: [],
    foreign: [],
    references: [],
  };
}

/** Every statement of every document, in document order. */
export function readStatements(documents: readonly SourceDocument[]): Statements {
  const all = emptyStatements();
  for (const doc of documents) {
    const view = viewDocument(doc);
    all.deadlines.push(...readDeadlines(view));
    all.decisions.push(...readDecisions(view));
    all.pending.push(...readPending(view));
    all.purposes.push(...readPurposes(view));
    all.periods.push(...readPeriods(view));
    all.conditions.push(...readConditions(view));
    all.people.push(...readPeople(view));
    all.copies.push(...readCopies(view));
    all.members.push(...readMembers(view));
    all.definitions.push(...readDefinitions(view));
    all.channels.push(...readChannels(view));
    all.notGms.push(...readNotGms(view));
    all.proposals.push(...readProposals(view));
    all.foreign.push(...readForeign(view));
    all.references.push(...readReferences(view));
  }
  return all;
}
