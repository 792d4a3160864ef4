// What people say when they want each kind of answer, in Swedish and English. Data, not logic.

export type Cue =
  | "help"
  | "sources"
  | "payer"
  | "distributor"
  | "recipient"
  | "deadline"
  | "minister"
  | "decision"
  | "about"
  | "members"
  | "breakdown"
  | "purpose"
  | "total"
  | "amount"
  | "ownWork"
  | "followUp"
  | "greeting"
  | "says"
  | "whoIs"
  | "thanks"
  | "whatIs"
  | "change"
  | "perYear";

export const CUES: ReadonlyArray<[Cue, RegExp]> = [
  [
    "help",
    /^\s*(?:help|hjälp|\?+|commands|kommandon|usage|meny|menu)[\s?!.]*$|\bwhat can (?:i|you) (?:ask|do)\b|\bvad kan (?:jag|du)(?: fråga| göra)?\b|\bhow do(?:es)? (?:i|this|it) work\b|\bhur funkar\b/im,
  ],
  [
    "sources",
    /\b(?:sources?|källor(?:na)?|källa|documents|dokument(?:en)?|references|referenser)\b/i,
  ],
  [
    "payer",
    /\b(?:who|which agency)\b.*\bpays?\b|\bpays? out\b|\bvem\b.*\bbetalar\b|\bbetalar ut\b|\butbetal|\bpayer\b/i,
  ],
  [
    "distributor",
    /\bdistribut|\bfördelar\b|\bfördela\b|\bvem fördelar\b|\bpasses? (?:it|the money) on\b/i,
  ],
  [
    "recipient",
    /\bwho (?:gets|got|receives?|received)\b|\bvem (?:får|fick|tar emot)\b|\bmottagare|\brecipients?\b|\bvilka får\b/i,
  ],
  [
    "deadline",
    /\bdeadlines?\b|\bdue\b|\bsenast\b|\bby when\b|\bnär ska\b|\bwhen (?:must|should|is|are)\b|\brequisition|\brekvisition|\brepay|(?:^|[^a-zåäö])återbetal|\bbetala[s]?\s+tillbaka|\bpa(?:id|y)\s+back|\breports?\b|\breporting\b|\brapport|\bredovisning(?:en)?\b|\bredovisa(?!s?\s+mot\b)/i,
  ],
  ["minister", /\bminist(?:er|ern|rar|ers)\b|\bstatsråd/i],
  [
    "decision",
    /\bwho decided\b|\bvem beslutade\b|\bvilka beslut\b|\bwhich decisions?\b|\bdecisions?\b|\bbeslut(?:et|en)?\b|\bregeringsbeslut|\bsigned\b|\bundertecknade?\b|\bskrev under\b/i,
  ],
  [
    "about",
    /\bwhat is (?:gms|genomic)|\bwhat's (?:gms|genomic)|\bvad är (?:gms|genomic)|\babout gms\b|\bom gms\b|\btell me about (?:gms|genomic)|\bberätta om (?:gms|genomic)|\bwhat does (?:gms|genomic[\w ]*) do\b|\bvad gör (?:gms|genomic)/i,
  ],
  [
    "members",
    /\bwho (?:takes part|participates|is in|are (?:the )?members)|\bmembers?\b|\bparticipants?\b|\bvilka (?:ingår|deltar|är med)|\bingår i\b|\bdeltar i\b|\bmedlemmar|\b(?:are|is) (?:a )?part of (?:gms|genomic)|\bwhich (?:universities|regions|organi[sz]ations|partners)\b|\bvilka (?:universitet|regioner|parter)\b|\bmed i (?:gms|genomic)|\bhur många (?:regioner|universitet)|\bhow many (?:regions|universities)/i,
  ],
  [
    "breakdown",
    /\bbreak ?down\b|\bsplit\b|\bdivided\b|\bfördelning(?:en)?\b|\bfördelades\b|\bfördelas\b|\buppdelning|\bdela(?:des|s|t)?\b.*\bupp\b|\buppdelad|\b(?:what|which) parts\b|\bin(?:to)? parts\b|\bdelar\b|\bwhat .* consist/i,
  ],
  [
    "purpose",
    /\bwhat (?:was|is|were) (?:the )?.*\bfor\b|\bvad (?:var|är|gick) .*\btill\b|\btill vad\b|\bvad (?:användes|används|skulle)\b|\bwhat for\b|\bpurpose\b|\bsyfte/i,
  ],
  [
    "total",
    /\btotal(?:t|ly)?\b|\bsammanlagt\b|\bsammantaget\b|\bin all\b|\baltogether\b|\bsum\b|\bsumma\b|\ballt som allt\b/i,
  ],
  [
    "amount",
    /\bhow much\b|\bhur (?:mycket|mkt|mycke|stor)\b|\bbelopp|\bamount\b|\bhow many (?:kronor|crowns|sek)\b|\bfunding\b|\bfinansiering|\bpengar\b|\bmoney\b|\bbudget\b|\banslag|\bstöd\b|\bsatsning|\ballocat|\bgrant/i,
  ],
  [
    "ownWork",
    /\beget arbete\b|\begna arbete\b|\bown work\b|\badministration\b|\bfor itself\b|\bsjälv(?:a)?\b.*\banvända\b/i,
  ],
  [
    "followUp",
    /^(?:and|och|what about|how about|hur är det med|hur blir det med|samma för|same for|then|also|även|än|men)\b/im,
  ],
  [
    "says",
    /\bwhat do(?:es)? the (?:documents?|sources?) say\b|\bvad (?:säger|står det i) (?:dokumenten|källorna)\b|\bvad står det om\b|\btell me about\b|\bberätta om\b|\bwhat is (?:said|written) about\b/i,
  ],
  [
    "change",
    /\bincreas|\bdecreas|\bdifference\b|\bgrow|\bcompared?\b|(?:^|[^a-zåäö])(?:ökning|ökade?\b|minskning|minskade?\b|skillnad|jämför)|\bmore\b.*\bthan\b|\bless\b.*\bthan\b|\bmer\b.*(?:^|[^a-zåäö])än(?![a-zåäö])|\bmindre\b.*(?:^|[^a-zåäö])än(?![a-zåäö])|\bup or down\b|\bupp eller ner/i,
  ],
  [
    "perYear",
    /\bper (?:år|year)\b|\bvarje år\b|\b(?:each|every|by|per) year\b|\byear by year\b|\bår för år\b|\bårsvis\b/i,
  ],
  ["whatIs", /\bwhat (?:is|are|does)\b|\bwhat's\b|\bvad (?:är|betyder|gör|innebär)\b/i],
  ["whoIs", /\bwho (?:is|was|are)\b|\bvem (?:är|var)\b|\bvilka är\b/i],
  [
    "greeting",
    /^(?:hi|hello|hey|hej|hallå|tjena|god (?:morgon|dag|kväll)|good (?:morning|afternoon|evening|day))\b/im,
  ],
  [
    "thanks",
    /^(?:(?:ok(?:ej|ay)?|great|perfekt|toppen|super|nice|bra|good|fint|grymt)[\s,!.]+)*(?:thanks?|thank you|thx|ty|tack|tackar|tusen tack|cheers|bra svar|perfekt|toppen|great|nice|ok(?:ej|ay)?|fint|grymt)(?:[\s,!.]+(?:bot|gms|så mycket|a lot|so much))?[\s!.]*$/im,
  ],
];

export function findCues(text: string): Set<Cue> {
  const found = new Set<Cue>();
  for (const [cue, re] of CUES) if (re.test(text)) found.add(cue);
  return found;
}
