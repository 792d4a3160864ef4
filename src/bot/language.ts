import type { Language } from "./answer.js";
import { undrawn } from "./word-forms.js";

// Frequent words that only one of the two languages uses; enough to tell a short question apart.
const SWEDISH = new Set(
  `hur mycket mkt mycke vad vem vilka vilken vilket när varför gick fick får går till och för att är
  som år av om det den en ett med på från kronor kr miljoner miljon pengar betalar ut vad var finns
  källor hjälp ska skall inom samt eller också beslutade beslut fördelas fördelning totalt sammanlagt
  hej hejdå tack berätta visa lista ge mig ingår deltar senast redovisning under åren barn barncancer
  kvinnors lungcancer sällsynta hälsotillstånd datadelning kliniska studier pengarna medlen fördelades
  gick kostar kostade många regioner universitet ska ökade ökning minskade minskning mest minst störst
  största skiljer sedan sen jämfört än mer mindre nästa förra senaste fjol alla varje hela`.split(
    /\s+/,
  ),
);
const ENGLISH = new Set(
  `how much what who which when why did does do is are was were went go goes the to for of and in on
  from with by money million millions sek allocated spent received receive pays paid sources help
  list show tell me about total altogether breakdown split deadline report decided decision
  rare diseases childhood lung breast ovarian sharing clinical trials early detection whole
  genome sequencing own work hello hi hey bye goodbye thanks please could can cancers womens women children kids
  budget line average overview funding numbers give year get got much many does do who whom
  spend spent grant grants allocated allocation good morning thanks thx ty cheers great nice okay
  deadlines report reports due signed university universities co regions agency share percent average
  largest smallest documents mention mentions whats who's it's whos paying pay
  wat wen hw r u ur pls plz yo lol biggest increase decrease drop rise most least highest lowest more
  less than since before after compared difference between all every each this that there any has
  have had gets latest last next first say says said told quote quotes quoted top area areas node`.split(
    /\s+/,
  ),
);
// Endings only Swedish words take (the definite and plural forms: "utlysningen", "regionerna", "pengarna"):
// a word the lists above do not hold still votes for Swedish by its ending.
const SWEDISH_ENDINGS = ["ningen", "ningar", "ningarna", "arna", "erna", "orna", "heten", "ionen"];
const ENDING_MIN_LENGTH = 6;

function endsSwedish(word: string): boolean {
  return word.length >= ENDING_MIN_LENGTH && SWEDISH_ENDINGS.some((e) => word.endsWith(e));
}

// "hii", "thxx", "tackk": a word typed with its last letter drawn out votes as the word.
const known = (w: string) => (SWEDISH.has(w) || ENGLISH.has(w) ? w : (undrawn(w) ?? w));

/** The asker's language: Swedish letters and words vote for sv, English words for en; ties go to the hint. */
export function detectLanguage(question: string, hint?: Language): Language {
  const written = question.match(/[\p{L}]+/gu) ?? [];
  const words = written.map((w) => known(w.toLowerCase()));
  // Å, ä and ö vote for Swedish in a word, not in a name ("and Karin Löfgren?").
  let sv = written.some((w, i) => (i === 0 || /^\p{Ll}/u.test(w)) && /[åäö]/i.test(w)) ? 1.5 : 0;
  let en = 0;
  for (const w of words) {
    if (SWEDISH.has(w) || (!ENGLISH.has(w) && endsSwedish(w))) sv += 1;
    if (ENGLISH.has(w)) en += 1;
  }
  if (sv > en) return "sv";
  if (en > sv) return "en";
  return hint ?? (words.length > 0 && words.every((w) => !ENGLISH.has(w)) ? "sv" : "en");
}
