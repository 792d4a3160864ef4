const SEEDS = `  --seeds DIR       documents folder (default: SEEDS_DIR, else the bundled seeds)
                    mapp med dokument (standard: SEEDS_DIR, annars de medföljande)`;
const GLOBAL = `${SEEDS}
  -h, --help        this help / den här hjälpen
  -v, --version     the version / versionen`;
const OVERVIEW = `gms-bot: answers questions about the Swedish government's funding of Genomic Medicine
Sweden (GMS); every figure is cited to a quoted passage of a source document.
gms-bot: svarar på frågor om statens finansiering av Genomic Medicine Sweden (GMS); varje
belopp har en källa med citat ur ett dokument.

Usage / Användning:
  gms-bot [command] [options]

Commands / Kommandon:
  (none / inget)    Slack and/or Discord when their tokens are set, else the terminal chat
                    Slack och/eller Discord om deras token är satta, annars chatten
  chat              chat in the terminal / chatta i terminalen
  ask [question]    one answer; without a question, one per line of standard input
                    ett svar; utan fråga, ett per rad från standard input
  ledger            the funding ledger: every figure and its sources
                    anslagsliggaren: varje belopp och dess källor
  facts             deadlines, decisions, people, copy lists, members, payers
                    tidsgränser, beslut, personer, kopielistor, medlemmar, utbetalare
  sources           the loaded documents / de inlästa dokumenten
  report [log]      usage and feedback from the bot's JSON log / användning och återkoppling
  help [command]    help for a command / hjälp för ett kommando

Options / Flaggor:
${GLOBAL}

Examples / Exempel:
  gms-bot
  gms-bot ask "Hur mycket fick GMS 2024?"
  gms-bot ask --json "How much went to childhood cancer in 2022?"
  printf 'Vem betalar ut pengarna?\\nWhat is GMS?\\n' | gms-bot ask --json
  gms-bot ledger --csv > ledger.csv
  gms-bot sources --seeds ./my-documents

Configuration / Konfiguration: environment variables, see .env.example
(miljövariabler, se .env.example).`;
const COMMAND_HELP = {
    chat: `Usage / Användning: gms-bot chat [--seeds DIR]

A chat in the terminal: ask in Swedish or English, follow up ("and 2024?"), and type
help, sources or exit. Ctrl-D or Ctrl-C also leave. Piped input is answered line by line.
En chatt i terminalen: fråga på svenska eller engelska, följ upp ("och 2024?") och skriv
help, sources eller exit. Ctrl-D eller Ctrl-C avslutar också.

Options / Flaggor:
${GLOBAL}

Examples / Exempel:
  gms-bot chat
  printf 'Hur mycket fick GMS 2024?\\noch 2023?\\n' | gms-bot chat`,
    ask: `Usage / Användning: gms-bot ask [--json | --render slack|discord|text] [--seeds DIR] [question…]

One answer as text, with its sources. Without a question, reads one question per line
from standard input and answers each, in order; each line is asked on its own.
Ett svar som text, med källor. Utan fråga läses en fråga per rad från standard input.
Exit status 0 whether answered or declined / slutstatus 0 både för svar och avböjda frågor.

Options / Flaggor:
  --json            the answer object as one JSON line / svaret som en JSON-rad
  --render PLATFORM exactly what slack, discord or text would send / exakt det som skickas
${GLOBAL}
  --                everything after is the question / allt efter är frågan

Examples / Exempel:
  gms-bot ask how much went to barncancer 2022
  gms-bot ask --json "Hur mycket gick till sällsynta hälsotillstånd 2024?"
  gms-bot ask --json < questions.txt > answers.jsonl`,
    ledger: `Usage / Användning: gms-bot ledger [--json | --csv] [--seeds DIR]

Every funding figure in the documents: amount, year(s), role, area, the grant it is part of,
recipient and source documents. Anslagsliggaren: varje belopp i dokumenten med källor.

Options / Flaggor:
  --json            {"entries": [...]} with the quoted sources / med citerade källor
  --csv             CSV for spreadsheets (RFC 4180) / CSV för kalkylark
${GLOBAL}

Examples / Exempel:
  gms-bot ledger
  gms-bot ledger --json > ledger.json
  gms-bot ledger --csv > ledger.csv`,
    facts: `Usage / Användning: gms-bot facts [--json] [--seeds DIR]

What the documents state besides money, each from a quoted line: deadlines (report,
requisition, repayment), decisions, ministers, signers and press contacts, copy recipients,
GMS's members and definition, and who pays out, distributes or requisitions.
Det dokumenten säger utöver belopp: tidsgränser, beslut, personer, kopielistor, medlemmar.

Options / Flaggor:
  --json            {"statements": {...}}, every span with docId, start, end and text
${GLOBAL}

Examples / Exempel:
  gms-bot facts
  gms-bot facts --json > facts.json`,
    sources: `Usage / Användning: gms-bot sources [--json] [--seeds DIR]

The loaded documents (id, title, published, address) and any problem met while loading.
De inlästa dokumenten (id, titel, publicerad, adress) och eventuella problem vid inläsning.

Options / Flaggor:
  --json            {"documents": [...], "problems": [...]}
${GLOBAL}

Examples / Exempel:
  gms-bot sources
  gms-bot sources --seeds ./my-documents`,
    report: `Usage / Användning: gms-bot report [--since YYYY-MM-DD] [--json] [log-file]

What people asked and thought of the answers, from the bot's JSON log (a file, or standard
input): questions per day and platform, share answered, the most frequent questions not
answered, 👍/👎 per intent (once per person and answer) and the questions behind each 👎.
No user id is shown. Vad folk frågade och tyckte om svaren, ur botens JSON-logg.

Options / Flaggor:
  --since DATE      count from this day (UTC) / räkna från den dagen
  --json            the report as one JSON object / rapporten som ett JSON-objekt
${GLOBAL}

Examples / Exempel:
  gms-bot report bot.log
  LOG_FORMAT=json npm start 2>> bot.log; gms-bot report --since 2026-01-01 < bot.log`,
};
/** The help text for the whole tool, or for one command. */
export function helpText(command) {
    return command === null || command === "help" ? OVERVIEW : COMMAND_HELP[command];
}
//# sourceMappingURL=help.js.map