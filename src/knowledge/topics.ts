// The funding areas people ask about, in Swedish and English, as data. Matching never depends on
// this list alone: areas it doesn't know still match through the documents' own words.

export interface Topic {
  /** The normalised area key used in the ledger. */
  key: string;
  /** A condition (what is treated) names an area before a method (how it is done). */
  kind: "condition" | "method";
  sv: string;
  en: string;
  /** Phrases that name the area (lower case); Swedish ones are also looked for in documents. */
  svPhrases: string[];
  enPhrases: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    key: "barncancer",
    kind: "condition",
    sv: "barncancer",
    en: "childhood cancer",
    svPhrases: ["barncancer", "barn med cancer", "cancer hos barn", "barntumör"],
    enPhrases: [
      "childhood cancer",
      "childhood cancers",
      "pediatric cancer",
      "paediatric cancer",
      "children's cancer",
      "childrens cancer",
      "child cancer",
      "kids cancer",
      "cancer in children",
      "children with cancer",
      "child with cancer",
      "kids with cancer",
      "kid with cancer",
      "cancer in kids",
    ],
  },
  {
    key: "bröst- och äggstockscancer",
    kind: "condition",
    sv: "bröst- och äggstockscancer",
    en: "breast and ovarian cancer",
    svPhrases: [
      "bröstcancer",
      "äggstockscancer",
      "bröst- och äggstockscancer",
      "cancer som drabbar kvinnor",
      "kvinnors cancer",
      "kvinnocancer",
    ],
    enPhrases: [
      "breast and ovarian cancer",
      "breast cancer",
      "ovarian cancer",
      "women's cancers",
      "womens cancers",
      "women's cancer",
      "cancers in women",
      "cancer in women",
      "gynaecological cancer",
      "gynecological cancer",
    ],
  },
  {
    key: "lungcancer",
    kind: "condition",
    sv: "lungcancer",
    en: "lung cancer",
    svPhrases: ["lungcancer"],
    enPhrases: ["lung cancer", "lung cancers"],
  },
  {
    key: "sällsynta hälsotillstånd",
    kind: "condition",
    sv: "sällsynta hälsotillstånd",
    en: "rare diseases",
    svPhrases: ["sällsynta hälsotillstånd", "sällsynta diagnoser", "sällsynta sjukdomar"],
    enPhrases: [
      "rare diseases",
      "rare disease",
      "rare conditions",
      "rare health conditions",
      "rare disorders",
      "rare diagnoses",
    ],
  },
  {
    key: "solida tumörer",
    kind: "condition",
    sv: "solida tumörer",
    en: "solid tumours",
    svPhrases: ["solida tumörer", "solid tumör"],
    enPhrases: ["solid tumours", "solid tumors", "solid tumour", "solid tumor"],
  },
  {
    key: "ärftlig hjärtsjukdom",
    kind: "condition",
    sv: "ärftlig hjärtsjukdom",
    en: "inherited heart disease",
    svPhrases: ["ärftlig hjärtsjukdom", "ärftliga hjärtsjukdomar"],
    enPhrases: ["inherited heart disease", "hereditary heart disease", "inherited cardiac disease"],
  },
  {
    key: "farmakogenomik",
    kind: "method",
    sv: "farmakogenomik",
    en: "pharmacogenomics",
    svPhrases: ["farmakogenomik", "farmakogenetik"],
    enPhrases: ["pharmacogenomics", "pharmacogenetics"],
  },
  {
    key: "datadelning",
    kind: "method",
    sv: "datadelning",
    en: "data sharing",
    svPhrases: ["datadelning", "dela data"],
    enPhrases: ["data sharing", "sharing data", "data exchange"],
  },
  {
    key: "kliniska studier",
    kind: "method",
    sv: "kliniska studier",
    en: "clinical trials",
    svPhrases: ["kliniska studier", "klinisk studie", "kliniska prövningar"],
    enPhrases: ["clinical trials", "clinical trial", "clinical studies", "clinical study"],
  },
  {
    key: "tidig upptäckt",
    kind: "method",
    sv: "tidig upptäckt av cancer",
    en: "early detection of cancer",
    svPhrases: ["tidig upptäckt", "tidig diagnos"],
    enPhrases: [
      "early detection",
      "early diagnosis",
      "detect cancer early",
      "early cancer detection",
    ],
  },
  {
    key: "helgenomsekvensering",
    kind: "method",
    sv: "helgenomsekvensering",
    en: "whole-genome sequencing",
    svPhrases: ["helgenomsekvensering"],
    enPhrases: ["whole-genome sequencing", "whole genome sequencing", "wgs", "genome sequencing"],
  },
  {
    key: "samordning och uppföljning",
    kind: "method",
    sv: "samordning och uppföljning",
    en: "coordination and follow-up",
    svPhrases: ["samordning och uppföljning"],
    enPhrases: ["coordination and follow-up", "coordination and monitoring", "coordination"],
  },
];

/** Condition words too general to name an area on their own ("cancer"); they need a modifier ("prostatacancer", "akuta …"). */
export const GENERIC_CONDITION_HEADS: ReadonlySet<string> = new Set(
  "cancer cancern tumör tumörer sjukdom sjukdomar sjukdomen hälsotillstånd diagnoser syndrom infektion infektioner störningar".split(
    " ",
  ),
);

/** Heads of Swedish words that name a condition: "prostatacancer", "akuta leukemier", "diabetes". */
export const CONDITION_HEADS: readonly string[] = [
  ...GENERIC_CONDITION_HEADS,
  ..."leukemi leukemier lymfom melanom diabetes demens epilepsi".split(" "),
];
