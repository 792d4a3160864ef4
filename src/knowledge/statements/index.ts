// Statements other than money: deadlines, decisions, people, copy lists, GMS's members and definition,
// and who pays out, distributes or requisitions. Read once at load, each with its exact source span.
import type { SourceDocument } from "../types.js";
import { readBudgetLines } from "./budget-lines.js";
import { readChannels } from "./channels.js";
import * as CUE_WORDS from "./cue-words.js";
import { readDeadlines } from "./deadlines.js";
import { readDecisions } from "./decisions.js";
import { viewDocument } from "./document-view.js";
import { readIssuers } from "./issuers.js";
import { readLeads } from "./leads.js";
import { readCopies, readDefinitions, readInlineCopies, readMembers } from "./lists.js";
import { readCorrections, readCosts, readCounts } from "./measures.js";
import {
  readForeign,
  readNotGms,
  readProposals,
  readRepayments,
  readRequests,
} from "./other-money.js";
import { readPending } from "./pending.js";
import { readPeople } from "./people.js";
import { readPeriods } from "./periods.js";
import { compileAll } from "./phrase-starts.js";
import { readConditions, readPurposes } from "./purposes.js";
import { readReferences } from "./references.js";
import type { Statements } from "./types.js";

export type * from "./types.js";

// The tables whose answers a wording's record keeps (`has`, a heading's `isHeading`) by their numbers, which
// only the first tables have: compiled first, so no table added to the word lists takes a number from them.
compileAll([
  CUE_WORDS.CONDITION_CUES,
  CUE_WORDS.OPINION_CUES,
  CUE_WORDS.PENDING,
  CUE_WORDS.PERIOD_CUES,
  CUE_WORDS.SIGNATURE_HEADINGS,
  CUE_WORDS.TITLE_WORDS,
  CUE_WORDS.CONTACT_HEADINGS,
  CUE_WORDS.COPY_HEADINGS,
  CUE_WORDS.MINUTES_HEADINGS,
  CUE_WORDS.PRESS_HEADINGS,
]);
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
    requests: [],
    foreign: [],
    references: [],
    budgetLines: [],
    repayments: [],
    leads: [],
    costs: [],
    counts: [],
    corrections: [],
    issuers: [],
  };
}

/** Every statement of every document, in document order. */
export function readStatements(documents: readonly SourceDocument[]): Statements {
  const all = emptyStatements();
  for (const doc of documents) {
    const view = viewDocument(doc);
    append(all.deadlines, readDeadlines(view));
    append(all.decisions, readDecisions(view));
    append(all.pending, readPending(view));
    append(all.purposes, readPurposes(view));
    append(all.periods, readPeriods(view));
    append(all.conditions, readConditions(view));
    append(all.people, readPeople(view));
    append(all.copies, readCopies(view));
    append(all.copies, readInlineCopies(view));
    append(all.members, readMembers(view));
    append(all.definitions, readDefinitions(view));
    append(all.channels, readChannels(view));
    append(all.notGms, readNotGms(view));
    append(all.proposals, readProposals(view));
    append(all.requests, readRequests(view));
    append(all.foreign, readForeign(view));
    append(all.references, readReferences(view));
    append(all.budgetLines, readBudgetLines(view));
    append(all.repayments, readRepayments(view));
    append(all.leads, readLeads(view));
    append(all.costs, readCosts(view));
    append(all.counts, readCounts(view));
    append(all.corrections, readCorrections(view));
    append(all.issuers, readIssuers(view));
  }
  return all;
}

/** Adds a reader's statements (mostly none): a loop, not a spread call per reader and document. */
function append<T>(into: T[], items: readonly T[]): void {
  // Indexed, and none read for an empty list: its 24 kinds of list make an iterator's calls slow.
  for (let k = 0; k < items.length; k++) into.push(items[k] as T);
}
