// The ledger of a few made-up documents, and its entries of one amount: what the reader tests look at.
import { fromDocuments, type SourceDocument } from "../../src/knowledge/index.js";

export const ledger = (...docs: SourceDocument[]) => fromDocuments(docs).ledger.entries;

export const at = (entries: ReturnType<typeof ledger>, sek: number) =>
  entries.filter((e) => e.amountSek === sek);
