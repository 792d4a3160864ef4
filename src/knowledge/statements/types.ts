import type { Span } from "../types.js";

/** A date as a statement gives it: the words used, and as much of the calendar date as they tell. */
export interface StatedDate {
  /** The date's own characters, or the relative words ("i dag", "i mars") it was read from. */
  span: Span;
  year: number | null;
  month: number | null;
  day: number | null;
  /**
   * How the year was found: written out, taken from the document's own date, or from the deadline
   * before it ("vid samma tidpunkt").
   */
  yearFrom: "text" | "document" | "earlier-date" | null;
}

/** An amount a statement is about, where its sentence names one. */
export interface StatedAmount {
  valueSek: number;
  span: Span;
}

export type DeadlineKind = "report" | "requisition" | "repayment" | "application" | "other";

/** "Region Skåne ska senast den 15 februari 2027 redovisa till Socialstyrelsen …" */
export interface DeadlineStatement {
  kind: DeadlineKind;
  /** The word that says what is due ("delredovisning", "rekvirera", "återbetalas"). */
  what: string;
  /** Who must do it, when the sentence names them. */
  who: string | null;
  /** To or from whom (a report to, a repayment to, a requisition from). */
  counterpart: string | null;
  by: StatedDate;
  span: Span;
}

/** "Regeringen har i dag beslutat att …", "Regeringens beslut … 2025-12-11". */
export interface DecisionStatement {
  decidedBy: string | null;
  /** "adopted": a report or plan adopted ("fastställts", "antogs"); else "decided". */
  kind: "decided" | "adopted";
  /** The decision date as the text gives it; null when the sentence names none. */
  date: StatedDate | null;
  /** True when the document is the decision itself (a government decision), so its own date is the decision's. */
  fromDecisionDocument: boolean;
  /** What was decided: the words after the verb. */
  about: string;
  /** The decision is on how money is split ("Fördelningen beslutades av GMS styrgrupp den 2 mars"). */
  ofSplit: boolean;
  amounts: StatedAmount[];
  span: Span;
}

/**
 * minister and signer (of a government decision), press and other contacts, author (the names signing a
 * debate article), signatory (a name over its title closing a report), questioner (asked a parliamentary
 * question), quoted ("… säger X, överläkare").
 */
export type PersonRole =
  | "minister"
  | "signer"
  /** An agency decision's "Beslutet har fattats av enhetschef X efter föredragning av Y": who decided it. */
  | "decider"
  | "press-contact"
  | "contact"
  | "author"
  /** A news page's byline ("Av Karin Holmqvist"): who wrote the article. */
  | "writer"
  | "signatory"
  | "questioner"
  | "quoted";

/** A named person and the title the document gives them. */
export interface PersonStatement {
  role: PersonRole;
  name: string;
  /** "sjukvårdsminister", "Pressekreterare hos …", "föredragande"; null when untold. */
  title: string | null;
  /** The line or sentence that names them. */
  span: Span;
  /** Further lines that back it (the signature heading, the title line). */
  context: Span[];
  /**
   * What they are quoted saying, when the span is a speech sentence ("…, säger X"): from the quote's
   * opening dash or quotation mark, maybe sentences before, through that sentence.
   */
  quote?: Span;
  /** The amounts the quote states, read at load ("minst 120 miljoner kronor om året"): "who said 120 million?". */
  quoteAmounts?: number[];
  /**
   * The document's opening, kept for a bare one-word title ("ordförande" under a region's minutes): that
   * title is of the organisation the opening names.
   */
  opening?: Span;
}

/** "Frågan … bereds inom Regeringskansliet. Något beslut har ännu inte fattats." */
export interface PendingStatement {
  /** The sentence that says no decision is taken yet. */
  span: Span;
  /** The sentence before it in the same document, which names what is pending when the span does not. */
  context: Span | null;
  /** The years the sentences name ("något beslut om det året": the year the sentence before names). */
  years: number[];
}

/** "Syftet är att …", "The aim is …": a sentence that says what the money or work is for. */
export interface PurposeStatement {
  span: Span;
}

/** "Studien … under perioden 2026–2028", "the project runs from 2026 to 2028": the years a project runs. */
export interface PeriodStatement {
  from: number;
  to: number;
  /** The years' own characters. */
  years: Span;
  span: Span;
  /** The sentence before, which often names the project ("Parallellt pågår en studie …"). */
  context: Span | null;
}

/** "Utbetalningen för 2027 förutsätter att riksdagen anvisar medel": what money or a decision depends on. */
export interface ConditionStatement {
  span: Span;
  /** The years the sentence names ("Utbetalningen för 2027 förutsätter …"). */
  years: number[];
}

/** "Kopia till": one organisation that got a copy of a decision. */
export interface CopyStatement {
  name: string;
  heading: Span;
  span: Span;
}

/** The ministry a document's opening names as where it comes from ("Socialdepartementet"). */
export interface IssuerStatement {
  name: string;
  span: Span;
}

/** A sentence that says who takes part in GMS, and the members it names. */
export interface MembersStatement {
  members: string[];
  span: Span;
}

/** A sentence that says what GMS is. */
export interface DefinitionStatement {
  span: Span;
}

export type ChannelKind = "pays-out" | "paid-to" | "distributes" | "requisitions";

/** Who pays out, distributes or requisitions money, and the amounts the sentence names. */
export interface ChannelStatement {
  kind: ChannelKind;
  organisation: string;
  amounts: StatedAmount[];
  span: Span;
}

/** Everything but money that the documents state, read once at load. */
/** "Testbäddarna ingår inte i GMS": a sentence saying money is not GMS's. */
export interface NotGmsStatement {
  span: Span;
}

/** "Vi föreslår … minst 100 miljoner kronor per år": money the writers ask for, never money granted. */
export interface ProposalStatement {
  amounts: StatedAmount[];
  span: Span;
}

/** "hade 1 150 tkr … inte förbrukats. Beloppet betalades tillbaka …": money left unspent or paid back. */
export interface RepaymentStatement {
  amounts: StatedAmount[];
  /** The sentence with the amount. */
  span: Span;
  /** The next sentence, when it is the one saying the money went back ("Beloppet betalades tillbaka …"). */
  said: Span | null;
  /** The document's opening: an annual report names the one paying back at its head, not in the sentence. */
  opening: Span;
}

/** "funded with EUR 3.2 million": money in another currency, quoted as written, never read as kronor. */
export interface ForeignStatement {
  /** The amount with its currency, exactly as written. */
  written: Span;
  /** A conversion of an amount told in kronor ("SEK 4.5m (roughly EUR 400,000)"). */
  inParentheses: boolean;
  span: Span;
}

/** "Diarienummer: 2026-04117", "S2026/01867", "Prop. 2026/27:1": a number the document is filed under. */
export interface ReferenceStatement {
  /** "case": a registry's or a government office's number; "riksdag": a Riksdag document's. */
  kind: "case" | "riksdag";
  /** The number's own characters. */
  number: Span;
  /** The line it stands on. */
  span: Span;
  /** Whether it stands in the document's header (its first lines, before the middle): then it is the document's own. */
  inHeader: boolean;
}

/** "anslaget 1:6 Bidrag till folkhälsa och sjukvård, anslagsposten 16 …": what a sentence books money against. */
export interface BudgetLineStatement {
  /** "1:6 Bidrag till folkhälsa och sjukvård"; null when the sentence names a post alone. */
  appropriation: string | null;
  /** The post's number ("16"); null when an appropriation is named alone. */
  post: string | null;
  postName: string | null;
  span: Span;
}

/** "Projektet leds av Anna Berg", "Region Halland leder arbetet …": who leads a project or work. */
export interface LeadStatement {
  /** The leader's name, exactly as written. */
  leader: Span;
  span: Span;
  /** The sentence before, which often names the project ("Forte har beviljat … till studien"). */
  context: Span | null;
}

/** "En trioanalys … kostar i dag omkring 25 000 kronor": what something costs, as stated; never funding. */
export interface CostStatement {
  amounts: StatedAmount[];
  span: Span;
  /** The years it is told of: written, relative to the document's year, else the year the document tells of. */
  years: number[];
  /** The document's opening: a region's annual report or a university's news names whose cost it is at its head. */
  opening: Span;
}

/** "Under 2026 genomfördes 7 450 helgenomanalyser": a number of things, as stated; never money. */
export interface CountStatement {
  /** The number with the word it counts ("7 450 helgenomanalyser"). */
  counted: Span;
  span: Span;
  years: number[];
  /** The document's opening, naming whose count it is ("Region Västra Götaland / Årsredovisning 2026"). */
  opening: Span;
}

/** "Rättelse 12 maj: … stod det att Region Skåne får 12 miljoner kronor. Det rätta beloppet är 10,5 miljoner kronor." */
export interface CorrectionStatement {
  /** The sentence that says it corrects. */
  span: Span;
  /** The rest of its paragraph, which tells what was wrong and what is right. */
  said: Span[];
  /** Every amount the correction names, the wrong and the right. */
  amounts: StatedAmount[];
}

export interface Statements {
  deadlines: DeadlineStatement[];
  decisions: DecisionStatement[];
  /** Decisions the documents say are not taken yet. */
  pending: PendingStatement[];
  purposes: PurposeStatement[];
  periods: PeriodStatement[];
  conditions: ConditionStatement[];
  people: PersonStatement[];
  copies: CopyStatement[];
  members: MembersStatement[];
  definitions: DefinitionStatement[];
  channels: ChannelStatement[];
  notGms: NotGmsStatement[];
  proposals: ProposalStatement[];
  /** Money someone asked for ("Vi bad om 100 miljoner kronor om året i vår hemställan"): no grant. */
  requests: ProposalStatement[];
  foreign: ForeignStatement[];
  references: ReferenceStatement[];
  budgetLines: BudgetLineStatement[];
  repayments: RepaymentStatement[];
  /** Who leads a project or a piece of work. */
  leads: LeadStatement[];
  costs: CostStatement[];
  counts: CountStatement[];
  corrections: CorrectionStatement[];
  /** The ministry each document comes from, where its opening names one. */
  issuers: IssuerStatement[];
}
