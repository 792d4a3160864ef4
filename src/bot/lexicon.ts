import { MONTH_NAMES_EN, MONTH_NAMES_SV } from "../knowledge/index.js";

// The words of questions, in Swedish and English, as data: one line per meaning. A newcomer adds a phrasing
// by adding it to a line (or a line of its own). Matching is on tokens (letters and digits), never on `\b`.
//
// Line format:  role value | phrase, phrase, …
//   role   cue (an operation or kind of answer), question (a question word), topic (an area alias; value is
//          the documents' Swedish), org (an organisation alias; value is its name), noise (carries nothing),
//          time (a relative year: -1, 0, +1 or latest), offtopic (a subject outside the documents),
//          tail (what a compound may end in without changing its subject: "-spåret", "-pengarna"),
//          doc (a kind of document the question points to: "riksdagssvaret", "the press release")
//   phrase tokens separated by spaces; `word*` matches any word that starts so; `^` first in the question,
//          `$` last in the question, `=` the whole question
//   A line starting with `#` is a comment.

const LINES = `
cue help          | =help, =hjälp, =commands, =kommandon, =usage, =meny, =menu, what can i ask, what can you do, vad kan jag fråga, vad kan du, vad kan jag, how does this work, how does it work, how do i use, hur funkar
cue sources       | sources, source, källor, källorna, källa, documents, dokument, dokumenten, references, referenser
cue payer         | paid it out, pays it out, pay it out, paid them out, pays them out, betalar ut dem, betalade ut dem, betalar ut det, betalade ut det, through which, via which, genom vilken, genom vilka, via vilken, which agency, vilken myndighet, betalar ut, betalade ut, betalas ut, betala ut, pays out, pay out, paid out, payer, utbetal*, utbet, which agency pays
cue pays          | pays, pay, paid, paying, betalar, betalade, betalades, betalas, betalat, betalats
cue distributor   | handles the money, handles it, handled the money, who handles, hanterar pengarna, hanterar medlen, administrerar, administers, förvaltar, decides how, who decides how, beslutar om fördelningen, bestämmer fördelningen, who splits, distribut*, fördelar, fördela, fördelade ut, vem fördelade, who distributed, who allocated, passes on, passes it on, vidare
cue receives      | passed to, passes to, been funded, was funded, were funded, is funded, are funded, got funded, get funded, blivit finansierad, gets, get, got, gotten, getting, receive, receives, received, får, fick, fått, erhöll, erhåller, tar emot, goes, went, gick, går
cue gives         | fund, finance, contributing, finances, financed, lagt, lagt ut, lagt på, satsat, satsade, finansiera, finansierar, finansierade, finansierades, finansieras, finansierat, finansierats, lägger, lägga, hand out, handed out, hands out, delade ut, delar ut, dela ut, contribute, contributes, contributed, chipping in, chip in, chips in, chipped in, put in, putting in, skjuta till, skjuter till, sköt till, skjutit till, lagt in, lägger in, la in, la, lade, bidragit, satsat, gav, ger, gett, givit, gave, given, give, gives, bidrar, bidrog, contributes, contributed, finansierade, finansierar, funded, funds, put into, put in, satsar, satsade, invest*
cue recipient     | mottagare*, recipient, recipients, till vem, to whom
cue deadline      | lämnas in, lämna in, lämnar in, lämnats in, be submitted, submitted, submit, hand in, handed in, deadline, deadlines, tidsgräns*, tidsfrist*, ansökningsdag*, sista ansökningsdag, anbudsdag*, sista anbudsdag, tender deadline, application deadline, closing date, due, senast, by when, sista dag, sista dagen, last day, när ska, when must, when should, när måste, until when, till när, fram till när
cue report        | interim, final report, report*, rapport*, slutrapport*, delrapport*, slutredovis*, delredovis*, återrapport*, redovisning*, redovisa, redovisas, redovisat
cue requisition   | requisition*, rekvisition*, rekvirera*, rekv, rekvdatum, rekvdag, rekv-datum, have to ask for, has to ask for, must ask for
cue repay         | repay*, repaid, isn t used, isn t spent, aren t used, wasn t used, weren t used, not been used, hasn t been used, pay back, paid back, pays back, paying back, tillbaka, återbetal*, förbrukat*, outnyttja*, happens to unused, happens to the unused, happens to money not, inte används, inte har använts, inte använts, inte använda, not used, unused, not spent, unspent, oanvända, left over, blir över, inte förbrukas, inte förbrukats, betalas tillbaka, betala tillbaka, betalade tillbaka, paid back, pay back, paying back, pays back, returned
cue minister      | talade, höll talet, höll tal, höll ett tal, talet, spoke at, gave the speech, gave a speech, the speech, minister responsible, responsible minister, ansvarig minister, ansvarige minister, minister*, ministrar*, statsråd*, socialminist*, sjukvårdsminist*, näringsminist*, finansminist*, statsminist*, utbildningsminist*, forskningsminist*, health minister, minister for health, hälsominist*
cue asker         | riksdagsledamot, riksdagsledamoten, ledamoten, member of parliament, which mp, ställde frågan, ställde, frågade, asked the question, who asked, skriftliga frågan, skriftlig fråga, written question, interpellation*, questioner
cue author        | who wrote, vem skrev, wrote, skrev, author, authors, författare*, skribent*, undertecknare, op ed
cue answered      | svarade, svar, svaret, answered, answer, replied, reply
cue adopt         | adopted, adopt, adopts, antogs, antog, antagit, fastställdes, fastställde, fastställt, fastställts, approved, approve
cue period        | run, runs, running, pågår, löper, how long, hur länge, period, perioden, project period, projekttid*, projektperiod*, avtalsperiod*, avtalstid*, contract period, agreement period
cue condition     | if the riksdag, om riksdagen, riksdagen anvisar, riksdagens beslut, if parliament, parliament approves, what happens if, vad händer om, depend, depends, depending, dependent, förutsätt*, villkor*, condition, conditions, conditional, beror på, hänger på, contingent, provided that
# Who may apply for money ("utbildningspotten, vem kan söka?"): the sentences that say who applies, quoted
cue eligible      | vem kan söka, vem får söka, vilka kan söka, vilka får söka, vem kan ansöka, vem får ansöka, vilka kan ansöka, vilka får ansöka, vem är behörig, vilka är behöriga, who can apply, who may apply, who is allowed to apply, who s allowed to apply, who is eligible, who s eligible, who are eligible, eligible, eligibility, behörig, behöriga
cue apply         | ansökningsdag*, sista ansökningsdag, sista ansökningsdagen, application deadline, closing date, last day to apply, apply, applying, ansöka, ansöker, söka medel, söka pengar, how do i apply, how can i apply, hur ansöker, hur söker, for my, för mitt, för min, till mitt, till min, my startup, my company, my project, my research, mitt bolag, mitt företag, mitt projekt, min forskning
cue press         | press contact, press, pressansvarig*, presskontakt*, pressekreterare*, press secretary, press officer, kontaktperson, contact, spokesperson
cue decision      | adopted, antogs, antog, fastställdes, decide, decides, bestämde, bestämdes, decision, decisions, beslut, beslutet, besluten, beslutades, beslutade, beslutat, decided, regeringsbeslut*, taken, fattade, fattades, fattas, fattat, fattats, beslutsdatum, beslutsdatumet, decision date, date of the decision
cue signed        | justerade, justerat, justerar, justerades, föredrog, föredragande, föredragit, presented the decision, signature, signatures, underskrift*, undertecknad, signed, signerade, undertecknade, undertecknat, undertecknades, skrev under, sign*
cue lead          | ledde, leder, lett, leds, ledd, ledda, ledning, ledare, ledaren, led, leads, leading, lead, heads, headed, in charge of, ansvarar för, ansvarade för, samordnar, samordnade
cue copy          | copy, copies, kopia, kopior, kopian, cc
cue collaboration | i samverkan med, samverkan med, i samarbete med, samarbete med, ihop med, tillsammans med, in collaboration with, in cooperation with, together with, collaborate with, collaborates with, cooperate with, cooperates with, work with, works with, samverkar med, samarbetar med
cue members       | who s in, who is in, who are in, vilka är med, members, member, medlem*, participants, participate*, deltar, ingår i gms, vilka ingår, takes part, are part of gms, is part of gms, är med i, med i gms, med i genomic medicine sweden, partners, parter, partner, partnerna, samarbetspartner*, samverkanspartner*
cue orgKinds      | universities, which region, vilken region, regions, regioner, regionerna, universitet, universiteten, lärosäten, lärosätena, organisations, organizations
cue regionKind    | region, regions, regioner, regionerna, regionernas, vilken region, which region, nod, noden, nodens, noder, node, node's, nodes, vilken nod, vilka noder, which node, which nodes
# A node is a region as GMS's partner: its money is its share of the year's grant, not an area's
cue node          | nod, noden, nodens, noder, node, node's, nodes, vilken nod, vilka noder, which node, which nodes
cue companyKind   | companies, company, företag, företagen, företaget, bolag, bolagen, bolaget, industry, industrin, näringsliv*, private sector, privata sektorn, pharma, pharma companies, drug companies, läkemedelsbolag*, läkemedelsföretag*, läkemedelsindustrin, firms, corporations, businesses
cue universityKind | universities, universitet, universiteten, lärosäten, lärosätena
cue breakdown     | which part, what part, which parts, biggest part, largest part, smallest part, vilken del, vilka delar, största delen, minsta delen, which area, what area, vilket område, vilka områden, which areas, what areas, vilka projekt, which projects, what projects, vilka satsningar, which initiatives, vilka delar, each area, every area, per area, by area, varje område, per område, break down, breakdown, split, divided, fördelning*, fördelades, fördelas, uppdelning*, uppdelad, delades upp, delas upp, what parts, into parts, delar, consist*, består, landar
cue purpose       | what for, for what, purpose, aim, aims, the goal, goals, målet, målen, syfte*, till vad, användes, används, what was it for, vad gick det till
cue why           | why, varför, how come
cue total         | how big, how large, hur stor, hur stort, sen start, sen starten, since the start, since the beginning, since it started, since it began, sedan starten, sedan start, sedan början, från början, från start, from the start, from the beginning, all time, of all time, all years, alla år, alla åren, samtliga år, allt inräknat, all in, everything included, all included, together, both, båda, totalsumma*, total*, tot, sammanlagt, sammantaget, in all, altogether, sum, summa, allt som allt, tillsammans, combined, i hela, everything, allt, eu budget, total budget, whole budget, project budget, projektbudget*, projektets budget, hela budgeten, totalbudget*
cue howMuch       | how much, vilka pengar, vilka medel, which money, what money, hur mycket, hur mkt, hur mycke, hur stort, hur stor, how many kronor, how many crowns, hur många kronor, hur många miljoner, hur många mkr, hur många mnkr, hur många mil, hur många tkr, how many sek, how many mil, hur många msek, hur många kr, how many million, how many millions, how many sek, how many msek, how many swedish kronor, uppgick till, uppgår till, uppgått till, uppgick, uppgår
cue amount        | siffror*, siffran, summa, summan, summor, summorna, enskilda, single, figures, numbers, earmarked, earmark, öronmärkt*, set aside, payment, payments, cash, moneys, monies, dough, $$, stöd*, belopp*, amount*, funding, finansiering*, pengar*, money, budget, anslag*, stöd, satsning*, allocat*, grant*, medel, medlen, kronor, sek, mnkr, msek, mkr
cue cost          | cost*, charge, charges, charging, tar betalt, kostar, kostade, kostnad*, snittkostnad*, genomsnittskostnad*, styckkostnad*, average cost, price, pris, priset, how expensive, hur dyr*, lön, lönen, månadslön*, ingångslön*, salary, earn, earns, earned, earning, tjänar, tjänade, salaries, starting salary, wage, wages, the pay, starting pay, investeringsbudget*, investment budget, capital budget
cue frame         | use in total, use in all, spend in total, använda totalt, använda sammanlagt, använda sammantaget, belastas, belastar, charged to, booked against, appropriation*, anslagspost*, budget line, budget frame, budgetram*, använda för uppdraget, use for the assignment, use for the commission
cue lineWord      | anslagspost*, ap
cue chargedTo     | belastas, belastar, belasta, charged to, booked against, redovisas mot, redovisa mot, bokförs mot
cue ownWork       | egen adm, egna adm, adm, tak, adm-tak, egen administration, egna administration, egen del, egna del, egen andel, own share, own use, eget bruk, admin, admin cap, cap, administrative, förvaltning, eget arbete, egna arbete, own work, administration, for itself, keep for its own, keep, själv, själva, its own
cue cofund        | egenfinansiering*, egen finansiering, egna finansiering*, own financing, self-financing, self financing, lägger själv till, lägger själva till, själv till, själva till, egna budgeten, egen budget, own budget, medfin*, co-fin*, cofin*, samfin*, medfinansiering*, co-fund*, cofund*, co fund*, samfinansiering*, matching, matchas, matchar, medfinansierar, egen insats, bidrar själv, bidrar själva, själva in, själv in, själva med, put in itself, puts in itself, putting in itself, putting in themselves, putting in of its own, put in themselves, puts in themselves, add themselves, adds itself, add itself, add of their own, adds of its own, add on their own
cue notGms        | inte gms, inte till gms, inte för gms, inte går till gms, går inte till gms, utanför gms, annat än gms, andra än gms, förutom gms, icke gms, not gms, not to gms, not for gms, not go to gms, non gms, outside gms, other than gms, besides gms, isn t gms, isnt gms, aren t gms, doesn t go to gms, didn t go to gms
cue stateMoney    | statliga gms medel*, statliga gms medlen, statliga gms pengar*, statens gms medel*, statens gms medlen, statens gms pengar*, statliga medlen, government money, government's money, government funding, government funds, state money, state's money, state funding, public money, public funding, statens pengar, statliga pengar, statliga medel, statens medel, statens stöd, statligt stöd, statliga stödet, statens anslag, statligt anslag, statliga anslaget, gms money, gms funding, gms pengar*, gms medel, gms medlen, gms s pengar, gms s money, gms s funding, gms anslag*, gms stöd*, gms finansiering*, statlig finansiering*, statliga finansieringen, statens finansiering, government's funding, state's funding, stödet till gms, anslaget till gms, som gms, as gms, state's support, state support, government support
cue granted       | beviljades, beviljade, beviljats, beviljat, beviljas, granted, awarded
cue isIt          | is it, is that, is this, are they, are these, is the money, är det, är de, är detta, är pengarna, är medlen, ingår det, ingår de
cue earlier       | previous, earlier, förra, föregående, tidigare, fjolårets, previous round, last round, förra omgången, förra rundan, förra gången, last time
cue monitors      | följer upp, följa upp, följde upp, följs upp, följas upp, monitors, monitor, monitored, monitoring, follows up on, follow up on, oversees, övervakar, tillsyn
cue perCapita     | per person, per capita, per invånare, per inhabitant, per citizen, per medborgare, per head
cue perMonth      | i månaden, per månad, varje månad, om månaden, månadsvis, a month, per month, each month, every month, monthly
cue raised        | samlade in, samlar in, samlat in, samlade de in, insamlat, insamlade, insamling, insamlingen, raised, raise, raises, collected, collect, collects, fundraising, fund-raising
cue need          | behöver, behövs, behövde, behov, behovet, need, needs, needed, would need, require, requires, would require, will require
cue proposal      | yrkar, yrkade, yrkat, yrkande, yrkandet, yrkanden, moved, motion, föreslår, föreslog, föreslagit, föreslås, förslag, förslaget, treårsförslag, treårsförslaget, flerårsförslag, flerårsförslaget, budgetförslag, budgetförslaget, propose, proposes, proposed, proposal, suggest, suggests, suggested, vill, ville, want, wants
# Money someone asked for ("Vi bad om 100 miljoner kronor … i vår hemställan"): quoted as a request, never a grant
cue askedFor      | ask for, asks for, asked for, asking for, ask the government for, asked the government for, ask the state for, asked the state for, request, requests, requested, wanted, ville ha, bad om, bad gms om, bad de om, bad ni om, ber om, begärde, begärt, begär, hemställan, hemställningen, hemställde, hemställt, äskade, äskat, kräver, krävde, krävt, demand, demands, demanded
# "sjuksköterskeförbundets krav": a demand of money, but also a requirement ("krav på leverantören")
cue demand        | krav, kravet, kraven
cue estimate      | supposed to be, supposed to get, was supposed to, were supposed to, var tänkt, var tänkta, budgetprop*, budget bill*, budget bil, budget bils, estimate*, beräknas, beräknat, beräknade, beräknades, beräknar, beräkning*, budget bill, budgetpropositionen, planned, planerat, räknar med, räknade med, hade räknat med, har räknat med, räknat med för, counted on, expected
cue remainder     | whats left after, is left after, are left after, remains after, what's left after, what is left after, whats left of, what's left of, what is left of, left over after, remaining after, the rest after, what remains after, resten efter, kvar efter, vad blir kvar, vad är kvar, vad återstår, återstår efter, blir kvar, är kvar, finns kvar, resten av
cue wholeOf       | hela uppdraget, hela anslaget, hela beloppet, hela summan, hela bidraget, hela satsningen, hela potten, the whole grant, the whole assignment, the whole amount, the full amount, the full grant, the entire grant, the whole thing, whole grant, full grant
cue followUp      | ^and, ^och, ^what about, ^how about, ^hur är det med, ^hur blir det med, ^samma för, ^same for, ^then, ^also, ^även, ^men, ^än, ^varav, ^därav, ^of which, ^av dem, ^av dessa, ^av det, ^av detta, ^and of that, ^of that, ^how much of that, ^how much of it, ^how much of those, ^hur mycket av det, ^hur mycket av dem, ^hur mkt av det, ^which of those, ^which of them, ^which of these, ^which of that, ^which of this, ^which of it, ^what of those, ^what of that, ^how much of this, ^vilka av dem, ^vilka av dessa, ^vilket av dem, ^vilket av dessa, ^vad av det
cue said          | sa, sade, sagt, säger, say, says, said, told, tycker, tyckte, tyckt, uttalade, uttalat, kommenterade, kommenterar, commented, comment, comments, quote, quotes, quoted, citat, citatet, citerade, citeras
cue says          | what do the documents say, what does the document say, vad säger dokumenten, vad står det, vad står det om, tell me about, berätta om, what is said about, what is written about, säger dokumenten, say about, tell me something about, tell me smth about, tell me sth about, tell me something interesting about, tell me smth interesting about, tell me sth interesting about, fun fact about, fun facts about, berätta något om, berätta nåt om, berätta något intressant om, berätta nåt intressant om
cue published     | announced, announce, aviserade, meddelade, was announced, tillkännagavs, tillkännagav, offentliggjordes, annonserades, annonserade, annonserats, presenterades, publicerades, publicerad, publicerat, publicerats, publiceringsdatum, published, publication date, date of publication, came out, utkom
cue documents     | which documents, vilka dokument, which document, vilket dokument, which sources, vilka källor, in which, i vilka
cue change        | ökas, ökades, höjs, höjdes, diff, differens, go up, went up, gone up, gick upp, go down, went down, gick ner, rise, rose, risen, fall, fell, steg, sjönk, ökar, minskar, increas*, decreas*, difference, grow*, growth, compare*, compared, ökning*, ökade, ökat, öka, minskning*, minskade, minskat, skillnad*, skiljer, skilde, skiljde, skilja, jämför*, up or down, upp eller ner, change, förändring*, procentuell*, procentuella förändringen, drop, drops, dropped, nedgång*, up from, down from, upp från, ner från, compared to before, compared with before, than before, jämfört med tidigare, jämfört med innan, jämfört med förut, än tidigare, än förut
cue down          | decreas*, minskade, minskat, minskar, minskning*, sjönk, sjunkit, drop, drops, dropped, fall, fell, gick ner, went down, go down, nedgång*
cue times         | how many times, hur många ggr, ggr mer, ggr så mycket, ggr större, ggr högre, times larger, times more, times bigger, times as much, times higher, hur många gånger, gånger mer, gånger så mycket, gånger större, gånger högre, gånger så stor, gånger så stort
cue versus        | jmf med, jfr med, jmfr med, jmf, jfr, står sig mot, står det sig mot, står de sig mot, jämfört med, jämförs med, i förhållande till, compared with, compared to, compare with, compare to, stack up against, versus, vs
cue more          | more, mer, mera, större, högre, bigger, larger, higher, exceed*, surpass*, översteg, överstiger, överskred, överskrider
cue less          | less, mindre, fewer, lägre, smaller, lower, understeg, understiger
cue than          | than, än
cue either        | or, eller
cue share         | andel*, share, percent, percentage, procent, proportion, fraction, hur stor del, what part of, %, what chunk of, what slice of, how big a chunk, how big a slice, how big a piece, hur stor bit, hur stor bit av kakan
cue shareNoun     | andel*, share, proportion, fraction, hur stor del, what part of, what chunk of, what slice of, how big a chunk, how big a slice, how big a piece, hur stor bit, hur stor bit av kakan
cue largest       | största, högsta, largest, biggest, most, mest, störst*, highest, top, topp, biggest part, largest part, största delen
cue smallest      | minsta, lägsta, smallest, least, minst, lägst, lowest, smallest part, minsta delen
cue average       | average, genomsnitt*, snitt, i snitt, on average, the mean, a mean, mean of, mean per, mean annual, mean yearly, mean amount, mean funding, mean grant, mean sum, mean value, medelvärde, avg, averge, avrage, avarage, averag
cue perYear       | per year, per år, each year, $each, vardera, var för sig, respektive, $respektive år, varje år, every year, yearly, annual*, årlig*, om året, a year, år för år, year by year, by year
cue overview      | overview, översikt*, summary, sammanfattning, trend, trends, utveckling, utvecklingen, over time, över tid, going up, going down, går upp, går ner
cue title:chair   | ordförande, ordföranden, chair, chairs, chaired, chairman, chairperson, chairwoman
cue title:project-leader | projektledare, projektledaren, project leader, project lead, projektets ledare
cue title:head    | generaldirektör, generaldirektören, director general, verksamhetschef, chef, head of
cue title:coordinator | koordinator, samordnare, coordinator
cue issuer        | which ministry, what ministry, which department, what department, vilket departement, vilket departementet, från vilket departement, which ministry issued, från vilket departement kommer, from which ministry, what ministries, which ministries, vilka departement
cue title:rapporteur | föredragande, föredraganden, rapporteur, presenting official, official who presented
cue title:prime-minister | statsminister, statsministern, prime minister, premier
cue firstYear     | first fund, first funded, first gave, first give, first got, first get, first received, the first time, första gången, för första gången, when did the funding start, when did funding start, when did it start, since when, sedan när, first year, första året, first funded, när började, när startade finansieringen, when did the money start, när kom de första pengarna, start getting, start receiving, started getting, started receiving, begin getting, began getting, began receiving, start funding, started funding, börja få, började få, började gms få, började de få
cue whichYears    | vilka år, vilka åren, which years, what years, vilka årtal, under vilka år, in which years, how many years, hur många år
cue list          | list, lista, alla, every, all, each, samtliga, varje, var och en
cue included      | included, include, includes, ingår, ingick, ingår det, ingår de, ingick det, inkluderad*, inräknad*, part of, del av, counted, count as, counts as, räknas, räknas som
cue mayUse        | may use, might use, could use, can use, allowed to use, may spend, får använda, fick använda, får disponera
cue including     | inkl, inklusive, including, incl, medräknat, inberäknat, om man räknar med, räknat in, räknar man in, om man räknar in, inräknat, counting, counting in
cue ownMoney      | egna medel, egna pengar, own funds, own money, of its own, their own money, its own money
cue fresh         | new money, nya pengar, nya medel, färska pengar, fresh money, nytillskott, new funding, ny finansiering, nya anslag, new grant
cue onTopOf       | on top of, utöver, in addition to, besides, extra, additional
cue whatIs        | what is, what are, what does, whats, vad är, vad betyder, vad gör, vad innebär, what was, $mean, $stand for, $stands for
cue whoIs         | who is, who was, who are, vem är, vem var, vilka är, who wrote, vem skrev, author, författare*, skribent*
cue otherCurrency | worth in euros, worth in euro, worth in dollars, värt i euro, värda i euro, i euro räknat, in euros, in euro, in eur, i euro, i eur, in dollars, in dollar, in usd, i dollar, i usd, in us dollars, in other currency, i annan valuta, euro amount, euro figure, how many euros, hur många euro
cue keep          | behåller, behöll, behålla, behållit, behålls, behölls, keep, keeps, kept, keeping, retain, retains, retained, stannar kvar, stannade kvar, stays, stayed
cue passOn        | vidare, skickar vidare, skickas vidare, skickade vidare, för vidare, förs vidare, fördes vidare, fördelar vidare, fördelas vidare, går vidare, gick vidare, vidare till, passes on, passed on, pass on, passing on, hands on, handed on, hand on, on to other, to other regions, in other regions, till andra regioner, till övriga regioner
cue thatAmount    | that amount, det beloppet, den summan, that sum, that grant, det anslaget, those funds, de pengarna, that money, the amount
cue whichLine     | vilket anslag, vilken anslagspost, vilka anslag, vilka anslagsposter, which appropriation, what appropriation, which budget line, what budget line, which budget lines
cue caseNumber    | diarienummer, diarienumret, diarienumren, diarienr, dnr, ärendenummer, ärendenumret, beteckning, beteckningen, case number, case numbers, reference number, reference numbers, registration number, file number, ref nr, ref no
cue next          | nästa, next, kommande, upcoming, coming, will decide, will the government decide, ska besluta, kommer att besluta, kommer regeringen att besluta, kommer regeringen besluta
cue latest        | most recently, most recent, latest, senaste, senast beslutade, newest, nyaste
cue instalment    | delbetalning*, delutbetalning*, instalment*, installment*, tranche*, payment in instalments
cue doubt         | are you sure, r u sure, u sure, you sure, ru sure, är du säker, är du säker på det, är du helt säker
cue aboutBot      | are you a bot, r u a bot, ru a bot, are u a bot, is this a bot, is this bot a real person, are you a real person, are you human, r u human, are you a person, is this a person, are you an ai, is this ai, är du en bot, är du en robot, är du en människa, är du människa, är du en person, är det en bot, är detta en bot, är du ai, is this bot legit, is the bot legit, is this legit, are you legit, r u legit, is this real, is this bot real, can i trust this bot, can i trust you, kan man lita på boten, kan man lita på dig, är boten seriös, är det här på riktigt
cue addDocument   | lägger jag till, lägger man till, lägger vi till, lägger jag in, lägger man in, lägg* till dokument*, lägg* till ett dokument, lägg* till nya dokument, lägg* till fler dokument, lägg* till en källa, lägg* till källor*, lägg* till sidan, lägg* till en sida, lägg* till den här sidan, lägg* till artikeln, lägg* till den här artikeln, lägg* in dokument*, lägg* in ett dokument, lägg* in en sida, ladda upp*, add document*, add a document, add new documents, add more documents, add a source, add sources, add a page, add this page, add the page, add this article, add a file, add files, upload*, feed you, mata in
cue greeting      | ^hi, ^hello, ^hey, ^hej, ^hallå, ^tjena, ^god morgon, ^god dag, ^god kväll, ^good morning, ^good afternoon, ^good evening, ^hejsan
cue request       | give me, ge mig, show me, visa mig, tell me, list me, can i get, kan jag få
cue count         | how many, hur många, number of, antal*, antalet
# Countable money: "how many grants are there" counts the grants (funding), never things the documents count
cue grantNoun     | grants, grant, anslag, anslagen, anslaget, bidrag, bidragen, beslut om medel, awards, allocations, tilldelningar
cue correction    | rättelse, rättelsen, rättelser, rättad, rättade, rättat, rättats, correction, corrections, corrected, korrigerad*, korrigering*, korrigerade
cue area          | område*, area, areas, field, fields, chunk, chunks, slice, slices, piece, pieces, bit, bits, biten, bitar, bitarna, kakan
cue atMost        | max, maximum, maximalt, högst, at most, up to, upp till, can one project get, can a project get, can each project get, kan ett projekt få, kan ett projekt beviljas, kan varje projekt få, per project at most, högst per projekt, the most a, the most an, the most one, the most each, som mest ett, som mest en
cue without       | men inte, but not, utan, exklusive, exkl, excluding, exclude, excluded, without, not counting, not including, except, bortsett från, räkna inte med, räknat inte med, räkna bort, inte inräknat, inte medräknat
cue farewell      | bye, goodbye, bye bye, see you, see ya, cya, hejdå, hej då, ha det, vi ses
cue thanks        | thanks, thank you, thank, thx, ty, tack, tackar, tusen tack, cheers, bra svar, perfekt, toppen, great, nice, ok, okej, okay, fint, grymt, super

question who      | who, vem, vilka, whom, whos, who s, hoo, which party, what party, vilket parti, vilka partier
question what     | what, vad, wat, wut, va, vadå
question which    | which, wich, whitch, vilken, vilket, vilka, vilke
question when     | when, när, datum, date, vilken dag, which day, wen, whn, beslutsdatum, beslutsdatumet, decision date, date of the decision
question how      | how, hur, hw, hoe
question where    | where, var
question yesNo    | ^vill, ^ville, ^is, ^are, ^was, ^were, ^did, ^does, ^do, ^has, ^have, ^can, ^ingår, ^är, ^var, ^fick, ^får, ^finns, ^har, ^gick, ^blev, ^stämmer, ^will, ^won t, ^wont, ^kommer, ^blir

topic antibiotikaresistens     | amr, antibiotic resistance, antimicrobial resistance, antibiotikaresistens, resistens, antibiotic, antibiotics
topic infektionssjukdomar      | infectious diseases, infectious disease, infections, infection, infektionssjukdomar, infektion, infektioner
topic bröst- och äggstockscancer | bröst äggstock, bröst och äggstock, bröst äggstockscancer, brca, brca1, brca2, hereditary breast cancer, hereditary breast and ovarian cancer, ärftlig bröstcancer
topic helgenomsekvensering     | wgs, whole genome sequencing, whole-genome sequencing, whole genome, helgenom*
topic precisionsmedicin        | precision medicine, precisionsmedicin, personalised medicine, personalized medicine
topic barncancer               | childhood cancer, paediatric cancer, pediatric cancer, children's cancer, kids cancer, child cancer
topic sällsynta diagnoser      | rare diseases, rare disease, rare diagnoses, rare conditions, rare disorders, sällsynta, sällsynt, sällsynta sjukdomar
topic farmakogenomik           | pharmacogenomics, pharmacogenetics, pgx, farmako, pharmaco, farmakogenomik, farmakogenetik, farmgen, farmagen, pharmgen
topic ärftlig hjärtsjukdom     | hjärta, hjärtat, heart, hjärt, inherited heart disease, hereditary heart disease, inherited cardiac disease, heart disease, hjärtsjukdom, hjärtsjukdomar
topic datadelning              | data sharing, sharing data, data exchange, datadelning
topic akuta leukemier          | acute leukaemia, acute leukemia, acute leukaemias, acute leukemias, akut leukemi
topic solida tumörer           | solid tumours, solid tumors, solid tumour, solid tumor
topic hälsoekonomi             | health economics, health economic, health-economic, health economy, hälsoekonomi, hälsoekonomisk*
topic hjärtmottagning          | heart clinic, cardiac clinic

org Region Skåne               | rs, region skåne, region skane, skåne, skane, skånes, region scania, scania
org Skånes universitetssjukhus | sus, skånes universitetssjukhus, skane university hospital, skåne university hospital
org Socialstyrelsen            | sos, socialstyrelsen, socialstyrelsens, national board of health and welfare, nbhw
org Karolinska institutet      | ki, karolinska, karolinska institutet, karolinska institute, kis
org Kammarkollegiet            | kamk, kammarkollegiet, legal financial and administrative services agency
org Regionalt cancercentrum    | rcc, regionalt cancercentrum, regionala cancercentrum, regional cancer centre, regional cancer center, regional cancer centres
org Vinnova                    | vinnova, vinnovas
org Forte                      | forte, fortes
org SciLifeLab                 | scilifelab, scilifelabs, science for life laboratory
org Cancerfonden               | cancerfonden, cancerfondens, swedish cancer society
org Barncancerfonden           | bcf, barncancerfonden, barncancerfondens, childhood cancer fund, swedish childhood cancer fund
org Folkhälsomyndigheten       | folkhälsomyndigheten, fohm, fhm, public health agency, public health agency of sweden
org Region Västerbotten        | region västerbotten, västerbotten, västerbottens, vb, vbs, region vasterbotten, vasterbotten, vasterbottens
org Region Uppsala             | region uppsala, uppsala, uppsalas
org Region Örebro län          | röl, region örebro län, region örebro, region orebro, örebro, orebro, örebros
org Region Stockholm           | region stockholm, stockholm, sthlm, sll, stockholms läns landsting
org Västra Götalandsregionen   | vgr, västra götalandsregionen, region västra götaland, västra götaland, region vastra gotaland, vastra gotaland, vastra gotalandsregionen, göteborg, gothenburg, goteborg
org Region Östergötland        | region östergötland, östergötland, rög, ög, östergötlands, linköping, linkoping
org Region Halland             | region halland
org Region Jönköpings län      | region jönköpings län, region jönköping
org Region Kalmar län          | region kalmar län, region kalmar
org Region Gävleborg           | region gävleborg
org Region Dalarna             | region dalarna
org Region Norrbotten          | region norrbotten, norrbotten, luleå, lulea
org Region Västernorrland      | region västernorrland
org Region Jämtland Härjedalen | region jämtland härjedalen, region jämtland
org Region Värmland            | region värmland
org Region Västmanland         | region västmanland
org Region Sörmland            | region sörmland
org Region Kronoberg           | region kronoberg
org Region Blekinge            | region blekinge
org Region Gotland             | region gotland, region gotlands
org Sahlgrenska universitetssjukhuset | sahlgrenska, sahlgrenska universitetssjukhuset, sahlgrenska university hospital
org Karolinska universitetssjukhuset  | karolinska universitetssjukhuset, karolinska university hospital
org Akademiska sjukhuset       | akademiska, akademiska sjukhuset, uppsala university hospital
org regionerna                 | regionerna, the regions, regions, regionernas, the seven regions, de sju regionerna
org Biobank Sverige            | biobank sverige, biobank sweden
org Lunds universitet          | lu, lunds universitet, lund university, lunds uni, lund uni
org Uppsala universitet        | uu, uppsala universitet, uppsala university, uppsala uni
org Göteborgs universitet      | gu, göteborgs universitet, university of gothenburg, gothenburg university, goteborgs universitet, gothenburg uni, göteborgs uni, goteborgs uni, gbg uni
org Linköpings universitet     | linköpings universitet, linköping university, linkoping university, liu
org Örebro universitet         | örebro universitet, örebro university, orebro university
org Stockholms universitet     | stockholms universitet, stockholm university
org Umeå universitet           | umeå universitet, umeå university, umea universitet, umea university, umeå uni, umea uni, umu
org regeringen                 | regeringen, government, the government, govt, the govt, gov t, swedish government, the swedish government, sweden s government, svenska regeringen, svenska staten, swedish state, regeringens, government's, staten, statens, statlig, statligt, statliga, the state, state, sweden, sverige, sveriges, sweden s
org GMS                        | gms, genomic medicine sweden, genomic medicine, gms-pengar*, gms-medel*
org EU                         | eu, european union, eu4health

time -1     | i fjol, ifjol, förra året, fjolåret, fjolårets, last year, last year's, last yr, föregående år
time 0      | i år, this year, this year's, this yr, årets, innevarande år, current year
time +1     | nästa år, next year, next year's, next yr, kommande år, nästkommande år
time latest | senaste året, latest year, most recent year
time prev   | året innan, året före, the year before, the previous year, previous year, föregående år, förra
time same   | samma år, samma året, det året, det år, just det året, that year, the same year, same year, that same year
time after  | året efter, året därpå, året därefter, the year after, the following year, following year, the next year

doc pressmeddelande       | pm, press release, press releases, pressmeddelande*
doc regeringsbeslut       | regeringsbeslut*, rb, beslutet, decision document, beslutsdokumentet
doc regleringsbrev        | regleringsbrev*, appropriation direction*, letter of appropriation, appropriation letter*
doc riksdagssvar          | riksdagssvar*, riksdagen, parliament, written answer, skriftlig fråga, frågesvar*, interpellationssvar*, interpellationsdebatt*, riksdagsdebatt*, parliamentary debate, riksdagens protokoll
doc debattartikel         | debattartikel*, debattör*, op ed, opinion piece, debate article, debaters
doc verksamhetsberättelse | annual report, verksamhetsberättelse*
doc årsrapport            | årsrapport*, annual report
doc intervju              | intervju*, interview, interviews, the interview
doc utlysning             | utlysning*, call for proposals, call, calls
doc motion                | motion, motionen, motioner, motionerna, the motion, riksdagsmotion*, budget motion
doc budgetproposition     | budgetprop*, bp, budget bill, budget bills, budget bil, budget bils
doc utredning             | sou, utredning*, betänkande*, inquiry, the inquiry, government inquiry, public inquiry
doc faq                   | faq, faqs, faq:n, faqn, vanliga frågor, frequently asked questions
doc nyhet                 | news story, news item, news items, news article, news articles, nyhetsartikel*, artikel, artikeln, artiklar, artiklarna, the article, article, articles, nyheten
doc protokoll             | protokoll*, sammanträdesprotokoll*, minutes, board minutes, regionstyrelse*, regional board, regional council
doc uppslagsverk          | wikipedia, wikipedias, uppslagsverk*, encyclopedia, encyclopaedia
doc telegram              | wire, the wire, wire story, wire report, newswire, news wire, nyhetsbyrå*, tt telegram*, telegram*, reuters
doc verksamhetsplan       | verksamhetsplan*, business plan, operational plan, operations plan
doc podcast               | podcast*, podcasts, podd, podden, poddar, poddavsnitt*, pod, the pod, episode, episoden, avsnittet
doc vetenskapsrådet       | vr, vr-listan, vr-listans, vrs, vetenskapsrådet*, research council, research council's, swedish research council
doc thelocal              | the local, the local's, thelocal
doc dagensmedicin         | dagens medicin, dagens medicins
doc sverigesradio         | sveriges radio, sveriges radios, ekot, ekots, swedish radio, swedish radio's, sr ekot
doc vinnova               | according to vinnova, enligt vinnova, enl vinnova

offtopic weather | weather, väder, vädret, temperature, temperatur, regn, rain, snow, snö
offtopic sports  | football, fotboll, hockey, ishockey, matchen, soccer, sport, sports, olympics, allsvenskan, fotbollsmatch*, match result
offtopic foreign | norway, norge, norges, denmark, danmark, danmarks, finland, finlands, germany, tyskland, usa, america, uk, britain, norwegian, danish, finnish
offtopic food    | sushi, kebab, pub, pubs, nightclub, pizza, pizzas, pizzeria, pizzor, restaurant, restaurants, restaurang, restauranger, café, cafe, kafé, lunch*, dinner, dinners, middagen, frukost, breakfast, middag, fika, burger, hamburgare
offtopic travel  | train, trains, tåg, tåget, tågbiljett*, flight, flights, flyg, flyget, hotel, hotels, hotell, bus ticket, bussbiljett*, taxi
offtopic property | property, properties, real estate, fastighet, fastigheten, fastigheter, fastigheterna, köpeskilling*, housing market, bostadspris*, huspris*, house price*
offtopic living  | to live in, live in, living in, nice to live, good to live, place to live, bo i, att bo i, att bo, bor i, places to visit, place to visit, sightseeing, sevärdhet*, turist*, tourist*, tourism
offtopic advice  | best hospital, best hospitals, bästa sjukhus, bästa sjukhuset, best doctor, best doctors, bästa läkare, bästa läkaren, best clinic, bästa kliniken, which hospital should, vilket sjukhus ska jag, should i go to, ska jag gå till, ska jag åka till
offtopic misc    | stock price, aktie, aktien, aktiekurs, recipe, recept, movie, election, bitcoin, eurovision, melodifestivalen

noise aside      | innan beslutet kom, innan beslutet, före beslutet, before the decision, before the decision came
noise general    | wasnt, werent, didnt, doesnt, dont, hasnt, havent, hadnt, arent, wont, cant, couldnt, shouldnt, wouldnt, story, stories, gjordes, gjorts, utfördes, utförts, performed, carried out, finally, eventually, slutligen, till slut, i slutändan, innan, kom, kommit, ns, back in, back then, above, below, pga, på grund av, skickar, skickas, skickade, händer, hände, hänt, happens, happened, happen, happening, according, enligt, enl, gäller, gällde, gälla, acc, gonna, tomorrow, imorgon, week, vecka, veckan, kommenterade, commented, comment, stod, must, should, shall, will, unused, leftover, remaining, oanvända, oförbrukade, kvar, återstående, skulle, borde, måste, announces, presenterade, said, stated, states, written, nämns, nämnde, nämner, handlar, handlade, behandlar, mentioned, mention, mentions, concern, concerns, discuss, discusses, står, säger, sa, sagt, happened, hände, hänt, used, use, using, användas, använda, använde, make, made, gjorde, görs, göra, take, took, tog, tar, ta, ta, really, verkligen, actually, faktiskt, exakt, precisely, currently, nuvarande, just nu, right now, lately, nyligen, recently, ever, någonsin, still, fortfarande, already, redan, yet, ännu, new, nya, nytt, ny, old, gamla, first, första, last, sista, second, andra, other, others, annat, övriga, whole, hela, much, lots, mycket, lot, big, stor, small, liten, many, många, several, flera, few, få, good, bra, bad, dålig, kind, sort, sorts, slags, type, typ, way, sätt, thing, things, saker, sak, okay, och, so, så, same, samma, such, sådan, sådana, well, ja, yes, no, nej, inte, not, maybe, kanske, probably, nog, please, tack, thanks, right, rätt, correct, true, sant, stämmer, main, huvudsakliga, lmao, lmfao, rofl, haha, hahaha, hehe, xd, omg, wtf, bruh, ngl, tbh, imo, idk, yeah, yep, dude, bro, rn, asap, jk, smh, iaf, mvh, lixom, tho, u, ur, fam, togs, tagits, tagit, tas, taken
# Handing something in ("när ska slutrapporten lämnas?"): the verb names no subject; "senast", "när ska" ask the date
noise handIn     | lämnas, lämna, lämnar, lämnat, lämnats, lämnade, lämnades
noise project    | per project, per projekt, each project, varje projekt, ett projekt, per ansökan, per application
noise channel    | agency, agencies, myndighet, myndigheten, myndigheter, channel, kanal, thru
noise filler     | två, tre, fyra, fem, sex, sju, åtta, nio, tio, two, three, four, five, six, seven, eight, nine, ten, saw, see, sees, seen, on behalf of, assignment, assignments, the assignment, start, started, starting, began, begin, beginning, back to, tillbaka till, in english, på engelska, in swedish, på svenska, regionfullmäktige, pott, potten, pot, the pot, kitty, among, amongst, else, annat, finns, fanns, funnits, exists, exist, existing, come, comes, came, kommer, news, nyheter, nyheterna, nytt, updates, uppdateringar, itemised, itemized, specificerat, specificerad, redovisat i detalj, doesnt, doesn t, does not, inte godkänner, approve, approves, godkänner, heter, hette, named, called, steering group, the steering group, with dates, with the dates, with their dates, med datum, med datumen, with sources, med källor, one, egen, eget, egna, own, single, enskild*, individual, års, so far, hittills, until now, to date, nåt, något, nån, nånting, anything, something, ba, asså, table, tabell, chart, graf, graph, euro, euros, eur, dollar, dollars, usd, pls, plz, please, snälla, typ, ungefär, egentligen, alltså, liksom, exakt, precis, kolla, yo, mm, hmm, lol, btw, fyi, quick, question, fråga, frågan, undrar, wondering, jag, undrade, wonder, know, veta, vet, säg, say, tell, me, us, berätta, visa, show, give, ge, mig, oss, kan, du, you, can, could, would, there, bot, gms-bot, hey, hi, ok, again, igen, nu, now, then, sen, exactly, roughly, approx, approximately, about, om, cirka, ca, like, liksom, ju, väl, någon, some, thing, grej, grejen, info, information, uppgift*, siffr*, figure*, number*, s, t, spent, spend, goes, wise, tror, think, mean, menar, med, från, from, heller, either, too, också, year, years, år, åren, året, years', yr, year's, årets, period, perioden, during, under, mellan, between, to, till, in, i, for, för, of, av, på, on, into, kr, kronor, sek, miljoner, miljon, million, millions, m, mn, mil, mille, k, tkr, miljard, miljarder, billion, smth, sth, smthg, somethin, interesting, intressant, intressanta, helheten, helhet, the whole, the whole thing, hela kakan, whole pie
tail -            | noden, nodens, spåret, spår, delen, del, biten, bit, posten, post, pengarna, pengar, satsningen, satsning, anslaget, projektet, projekten, projekt, piloten, pilot, medlen, summan, potten, beloppet, grejen, studien, insatsen
`;

// "top 3", "de tre största", "three biggest": how many of the largest (smallest) are asked for, as a word or
// a digit right beside a largest/smallest cue.
export const RANK_WORDS: ReadonlyMap<string, number> = new Map([
  ["two", 2],
  ["två", 2],
  ["three", 3],
  ["tre", 3],
  ["four", 4],
  ["fyra", 4],
  ["five", 5],
  ["fem", 5],
]);
export const RANK_MAX = 10;

// Organisations whose money is money they give: "EU money", "Vinnova-pengar", "Forte funding" name the giver
// (while "GMS money", "Skånes pengar" name who got it). Names as the org lines above write them.
export const GIVING_BODIES: ReadonlySet<string> = new Set([
  "EU",
  "Vinnova",
  "Forte",
  "Barncancerfonden",
  "Cancerfonden",
]);

export type LexRole =
  | "cue"
  | "question"
  | "topic"
  | "org"
  | "noise"
  | "time"
  | "offtopic"
  | "tail"
  | "doc";

export interface LexEntry {
  role: LexRole;
  value: string;
  /** The phrase's tokens; the last may end in `*` (prefix). */
  tokens: string[];
  at: "anywhere" | "start" | "end" | "whole";
}

function parseLine(line: string): LexEntry[] {
  const bar = line.indexOf("|");
  const [role = "", ...value] = line.slice(0, bar).trim().split(/\s+/);
  return line
    .slice(bar + 1)
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .map((phrase) => {
      const mark = phrase[0];
      const at =
        mark === "^" ? "start" : mark === "$" ? "end" : mark === "=" ? "whole" : "anywhere";
      const body = at === "anywhere" ? phrase : phrase.slice(1);
      const tokens = body.split(/[\s\-'’]+/).filter(Boolean);
      return { role: role as LexRole, value: value.join(" "), tokens, at };
    });
}

/** A question token for the lexicon: letters and digits (hyphens and apostrophes split), or "%". */
export interface QuestionToken {
  word: string;
  start: number;
  end: number;
}

// "SHARE-GEN": a capitalised hyphenated name stays one word; "AMR-pengarna" splits.
const TOKEN = /\p{Lu}{2,}(?:-\p{Lu}[\p{Lu}\p{N}]*)+|[\p{L}\p{N}]+|%|→|->/gu;

// "share-gen": hyphenated words, kept whole when the documents write them as a name.
const HYPHENATED = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/** Where the text writes a name the documents know, however it is cased: start → end. */
function namedSpans(text: string, isName?: (word: string) => boolean): Map<number, number> {
  const spans = new Map<number, number>();
  if (!isName || !text.includes("-")) return spans;
  for (const m of text.matchAll(HYPHENATED))
    if (isName(m[0].toLowerCase())) spans.set(m.index ?? 0, (m.index ?? 0) + m[0].length);
  return spans;
}

export function tokenize(text: string, isName?: (word: string) => boolean): QuestionToken[] {
  const out: QuestionToken[] = [];
  const names = namedSpans(text, isName);
  // One shared expression, walked with exec: no per-call copy of it (every match is at least a character).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const nameEnd = names.get(start);
    if (nameEnd !== undefined) {
      out.push({ word: text.slice(start, nameEnd).toLowerCase(), start, end: nameEnd });
      TOKEN.lastIndex = nameEnd;
      continue;
    }
    const word = m[0].toLowerCase();
    const month = monthCompound(word);
    if (month === null) out.push({ word, start, end: start + word.length });
    else
      out.push(
        { word: month, start, end: start + month.length },
        { word: word.slice(month.length), start: start + month.length, end: start + word.length },
      );
  }
  return out;
}

const MONTH_WORDS = [...MONTH_NAMES_SV, ...MONTH_NAMES_EN].map((m) => m.toLowerCase());
let monthTails: string[] | null = null;

/** "februaribeslutet", "junipressmeddelandet": a month joined to a one-word decision or document cue is two words. */
function monthCompound(word: string): string | null {
  const month = MONTH_WORDS.find((m) => word.length > m.length + 3 && word.startsWith(m));
  if (month === undefined) return null;
  monthTails ??= LEXICON.filter(
    (e) =>
      (e.role === "doc" || (e.role === "cue" && e.value === "decision")) && e.tokens.length === 1,
  ).map((e) => e.tokens[0] ?? "");
  const tail = word.slice(month.length);
  const joins = monthTails.some((t) =>
    t.endsWith("*") ? tail.startsWith(t.slice(0, -1)) : tail === t,
  );
  return joins ? month : null;
}

export const LEXICON: readonly LexEntry[] = LINES.split("\n")
  .filter((l) => l.includes("|") && !l.trimStart().startsWith("#"))
  .flatMap(parseLine);

/** Topic and organisation aliases: the translator uses them to reach the documents' own words. */
export function aliasesOf(role: "topic" | "org"): Array<[string, string]> {
  return LEXICON.filter((e) => e.role === role && !e.tokens.some((t) => t.endsWith("*"))).map(
    (e) => [e.tokens.join(" "), e.value],
  );
}
