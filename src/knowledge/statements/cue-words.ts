// Cue phrases for the statements, Swedish and English: data, matched on words (see tokens.ts).
import { phrases } from "./tokens.js";

/** What a deadline is for; the first table that matches nearest before the date decides. */
export const DEADLINE_KINDS = {
  repayment: phrases(`
    *återbetal*
    betalas tillbaka
    betala tillbaka
    repay*
    repaid
    paid back
    pay back
    returned`),
  requisition: phrases(`
    *rekvisition*
    rekvirera*
    requisition*`),
  application: phrases(`
    *ansökningsdag*
    *ansök*
    *utlysning*
    application*
    apply
    the call`),
  report: phrases(`
    *redovis*
    *rapport*
    report*
    lämna in
    submit*`),
} as const;

/** Words before a date that make it a deadline. */
export const DEADLINE_CUES = phrases(`
  senast
  no later than
  not later than
  by
  sista ansökningsdag
  sista ansökningsdagen
  sista dag för ansökan
  sista dag att ansöka
  sista dagen att ansöka
  sista dag att söka
  sista anbudsdag
  sista anbudsdagen
  sista dag för anbud
  sista dag att lämna anbud
  tender deadline
  ansökningstiden stänger
  stänger den
  closes on
  application deadline
  deadline for applications
  closing date`);

/** "Vid samma tidpunkt ska …": the date of the deadline set just before. */
export const SAME_DATE = phrases(`
  vid samma tidpunkt
  samma dag
  samma datum
  at the same time
  on the same date
  by the same date`);

/** Decision verbs that adopt a document or plan ("Verksamhetsberättelsen har fastställts av …"). */
export const ADOPTION_VERBS = phrases(`
  fastställde
  fastställdes
  fastställts
  antogs
  adopted
  approved`);

/** Words that make a decision one on how money is split ("Fördelningen beslutades av GMS styrgrupp"). */
export const SPLIT_WORDS = phrases(`
  fördelningen
  fördelning
  fördelningar
  fördelades
  fördelas
  fördelats
  the split
  the allocation
  the distribution
  split
  allocated
  distributed`);

/** Verbs that tell a decision whoever the subject is. */
export const DECISION_VERBS = [
  ...phrases(`
  beslutade
  beslutar
  beslutat
  beslutades
  fattade beslut
  fattade ? beslut
  fattar beslut
  fattar ? beslut
  fattat beslut
  fattade beslutet
  fattat beslutet
  tog beslutet
  took the decision
  took a decision
  made the decision
  decided
  decides
  has decided`),
  ...ADOPTION_VERBS,
];

/** Verbs that tell a decision when the government is their subject ("Regeringen avsätter …"). */
export const GOVERNMENT_VERBS = phrases(`
  ger
  gav
  avsätter
  avsatte
  satsar
  beviljar
  tillför
  uppdrar
  uppdrog
  instructs
  instructed
  commissions
  commissioned
  tasks
  tasked
  allocates
  allocated
  earmarks
  announced`);

/**
 * A government decision named as a thing that came, dated in its sentence: "I dag, den 11 december 2025, kom ett
 * nytt regeringsbeslut till oss", "On 11 December we received a government decision".
 */
export const DECISION_NOUNS = phrases(`
  regeringsbeslut
  regeringsbeslutet
  government decision`);

export const GOVERNMENT = phrases(`
  regeringen
  the government
  the swedish government
  government`);

/** Small words between a subject and its verb: "Regeringen har i dag beslutat". */
export const AUXILIARIES = new Set(
  "har hade nu i dag idag samtidigt också även därför has had now today also then".split(" "),
);

/** Relative day words resolved against the document's date. */
export const TODAY = phrases(`
  i dag
  idag
  nu
  today
  now`);

/** Headings of a government decision's signature block and of its copy list. */
export const SIGNATURE_HEADINGS = phrases(`
  på regeringens vägnar
  on behalf of the government`);
/** Headings of a board's minutes' signature block ("Justeras", "Vid protokollet"). */
export const MINUTES_HEADINGS = phrases(`
  justeras
  vid protokollet
  justerare
  underskrifter`);
export const COPY_HEADINGS = phrases(`
  kopia till
  kopior till
  kopior
  kopia
  copy to
  copies to
  copies
  cc`);
export const PRESS_HEADINGS = phrases(`
  presskontakt
  presskontakter
  press contact
  press contacts
  media contact
  media contacts`);
export const CONTACT_HEADINGS = phrases(`
  kontakt
  kontaktperson
  contact
  vem kan jag kontakta
  vem kan man kontakta
  vem ska jag kontakta
  who can i contact
  who should i contact
  who do i contact`);

/** Words of a title line under a contact: "Pressekreterare hos …". */
export const TITLE_WORDS = phrases(`
  *sekreterare*
  press secretary
  *chef*
  *kommunikat*
  *ansvarig*
  *minister*
  professor*
  ordförande
  ordföranden
  generaldirektören
  forskare
  forskaren
  docent
  chair*
  *ledare
  överläkare
  generaldirektör
  head
  director
  spokes*`);

/** A minister's title is one word ending so ("sjukvårdsminister") or an English "Minister for …". */
export const MINISTER_WORDS = phrases(`
  *minister
  statsråd*
  statsminister*`);

/** Words after which the members of GMS are listed ("I GMS ingår …", "GMS utgörs av …"). */
export const MEMBER_CUES = phrases(`
  i gms ingår
  i samarbetet ingår
  i samverkan ingår
  i nätverket ingår
  utgörs av
  består av
  innefattar
  samarbete mellan
  samarbetsprojekt mellan
  samverkan mellan
  consists of
  is made up of
  brings together
  members are
  comprises`);

/** Words before which the members are listed ("där regionerna … samarbetar"). */
export const MEMBERS_BEFORE = phrases(`
  samarbetar
  ingår i gms
  take part in gms
  are part of gms`);

export const NEGATIONS = new Set("inte ej icke aldrig not never no".split(" "));

/** The subject of a definition: "GMS är en …", "Genomic Medicine Sweden is a …". */
export const DEFINITION_SUBJECTS = phrases(`
  gms
  genomic medicine sweden
  genomic medicin sweden`);
export const DEFINITION_VERBS = phrases(`
  är en
  är ett
  is a
  is an
  is the`);

/** Who pays out: active "X betalar ut", passive "betalas ut av/via X", "genom X satsar regeringen". */
export const PAID_BY = phrases(`
  betalas ut av
  betalas ? ut av
  betalas ? ? ut av
  betalas ut via
  betalas ut genom
  utbetalningen görs av
  utbetalningen görs via
  utbetalningen sköts av
  utbetalningarna görs av
  payment is made by
  payments are made by
  paid out by
  paid out via
  paid out through
  kanaliserar ? ? via
  kanaliserar ? ? ? via
  kanaliserar ? via
  tar emot pengarna från
  tar emot medlen från
  receives the money from`);

/** "The … Agency (Kammarkollegiet) will pay the funds to …": the subject pays. */
export const PAYS = phrases(`
  will pay
  shall pay
  is to pay
  is tasked with paying
  has been tasked with paying
  is commissioned to pay
  pays the
  ska betala
  betalar`);

/**
 * The letters of the verbs `findPayer` reads (`channels.ts`), inside any word: a sentence none of whose words
 * holds one is not matched against them.
 */
export const PAYER_VERB_PARTS = phrases(`
  *betala*
  *pay*
  *bevilja*
  *award*
  *grant*
  *disburs*`);

/** The letters every correction word holds (`measures.ts`), inside any word. */
export const CORRECTION_PARTS = phrases(`
  *ättels*
  *orrig*
  *orrect*`);

/** "Genom Vinnova satsar regeringen …": a channel only in a sentence about money. */
export const THROUGH = phrases(`
  through
  via
  genom`);

/** Words that make a sentence about money when it names no amount. */
export const MONEY_WORDS = phrases(`
  medel
  medlen
  pengar
  pengarna
  stöd*
  anslag*
  bidrag*
  satsar
  satsade
  satsat
  satsning*
  money
  funds
  funding
  invests
  invested
  grant*`);

/** Passing money on to the others. */
export const DISTRIBUTES = phrases(`
  fördelar
  fördela
  fördelade
  för dem vidare
  för pengarna vidare
  för medlen vidare
  distributes
  distribute
  distributed
  distributing
  passes it on
  passes them on
  allocates it`);

/** Words that make the sentence's subject the one who requisitions ("Region Skåne rekvirerar …"). */
export const REQUISITION_WORDS = phrases(`
  rekvirera
  rekvirerar
  requisition
  requisitions`);

export const REQUISITION_FROM = phrases(`
  efter rekvisition från
  after requisition from
  upon requisition from
  on requisition from`);

/** "The funds are to be requisitioned by Socialstyrelsen": the one who requisitions, named after the passive. */
export const REQUISITIONED_BY = phrases(`
  requisitioned by`);

/**
 * "The Government instructs the National Board … (Socialstyrelsen) to disburse …": the one told to pay stands
 * right before the infinitive. English only: the Swedish "ger X i uppdrag att betala ut" is read by `findPayer`.
 */
export const TOLD_TO_PAY = phrases(`
  to disburse
  to pay out
  to pay`);

/** Verbs that tell someone to pay, before the one told: "instructs …", "has tasked …" (see `TOLD_TO_PAY`). */
export const INSTRUCTS = phrases(`
  instructs
  instructed
  instruct
  tasks
  tasked
  commissions
  commissioned
  assigns
  assigned
  asks
  asked`);

/** A passive's agent: "is instructed by the Government", "requisitioned by Socialstyrelsen". */
export const AGENT_WORDS = phrases(`
  by
  av`);

/** "… säger Karin Löfgren, ordförande …": the person quoted after a speech verb. */
export const SPEECH_VERBS = phrases(`
  säger
  sa
  sade
  berättar
  konstaterar
  says
  said
  adds
  added
  told`);

/** "Svar på skriftlig fråga 2026/27:412 av Lena Ström (V)": who asked, after "av"/"by". */
export const QUESTION_WORDS = phrases(`
  *fråga
  frågan
  interpellation*
  question
  questions`);

/** "Eva Strand har frågat mig vad …": an interpellation's or a question's asker, named right before. */
export const ASKED_ME = phrases(`
  har frågat mig
  frågade mig
  has asked me
  asked me`);

/** A piece whose closing names are its authors: a debate article, a reply, an op-ed. */
export const OPINION_CUES = phrases(`
  debatt
  debattartikel
  replik
  slutreplik
  op-ed
  opinion
  skriver`);

/** A decision not yet taken: "bereds inom Regeringskansliet", "inget beslut har fattats". */
export const PENDING = phrases(`
  bereds
  under beredning
  inte fattats
  inte fattat
  inte beslutat
  inte beslutats
  inget beslut
  no decision
  not yet decided
  not been decided
  not yet been decided
  under consideration
  being prepared`);

/** A sentence that says what something is for, in its first words: "Syftet är att …". */
export const PURPOSE_OPENERS = phrases(`
  syftet är
  syftet med
  syftar till
  är till för
  är avsedda för
  är avsett för
  målet är
  målet med
  the aim
  the purpose
  the goal
  aims to
  is intended to`);

/** Words that make a span of years the time a project runs: "pågår 2026–2028", "under perioden". */
export const PERIOD_CUES = phrases(`
  pågår
  löper
  perioden
  projekttid*
  projektperiod*
  runs
  run
  running
  lasts
  period
  over two years
  over three years
  over four years
  over five years
  över två år
  över tre år
  över fyra år
  över fem år
  tvåårig*
  treårig*
  fyraårig*
  femårig*
  för åren
  for the years`);

/** What money or a decision depends on: "förutsätter att riksdagen anvisar medel", "provided that". */
export const CONDITION_CUES = phrases(`
  förutsätter att
  förutsatt att
  under förutsättning att
  på villkor att
  villkoret är
  är villkorad*
  provided that
  subject to
  conditional on
  depends on
  contingent on`);

/** Who leads work, named after the cue: "Projektet leds av Anna Berg", "the project, led by Example University". */
export const LED_BY = phrases(`
  leds av
  ledd av
  ledda av
  ledas av
  letts av
  under ledning av
  leds från
  leds vid
  led from
  led by
  is led by
  headed by
  coordinated by
  koordineras av`);

/** Who leads work, named before the cue: "Region Halland leder arbetet", "Region Kronoberg, som leder …". */
export const LEADS = phrases(`
  leder
  ledde
  lett
  leads
  heads
  headed
  samordnar
  samordnade
  coordinates`);

/** A title naming who leads a project, the name before it: "Per Lund, projektledare i Region Halland". */
export const LEAD_TITLES = phrases(`
  projektledare
  projektledaren
  project leader
  project lead
  project manager`);
