const NOTHING = new Set();
/** Whether a fact of document `docId` is in the group. */
export function hasDocument(group, docId) {
    return group.seen ? group.seen.docIds.has(docId) : group.facts[0]?.doc.id === docId;
}
/** How many documents tell the group's grant. */
export function documentCount(group) {
    return group.seen ? group.seen.docIds.size : 1;
}
export function hasSegment(group, segment) {
    return group.seen ? group.seen.segments.has(segment) : group.facts[0]?.segment === segment;
}
export function hasList(group, list) {
    return group.seen ? group.seen.lists.has(list) : group.facts[0]?.list === list;
}
/** Whether its facts stand in a list (or in more than one list, or in none and some list). */
export function toldInList(group) {
    return group.seen
        ? group.seen.lists.size > 1 || !group.seen.lists.has(null)
        : group.facts[0]?.list !== null;
}
/** One fact per distinct reading that `sameGrant` checks (the one fact of a group of one). */
export function repsOf(group) {
    return group.seen ? group.seen.reps : group.facts;
}
/** Records a fact pushed onto `group.facts` (a group of one gets its sets when a second fact comes). */
export function remember(group, fact) {
    let seen = group.seen;
    if (!seen) {
        const first = group.facts[0];
        seen = {
            docIds: new Set(),
            segments: new Set(),
            lists: new Set(),
            reps: [],
            repKeys: new Set(),
        };
        group.seen = seen;
        if (first !== fact)
            remember(group, first);
    }
    seen.docIds.add(fact.doc.id);
    seen.segments.add(fact.segment);
    seen.lists.add(fact.list);
    const key = [
        fact.doc.id,
        fact.years.years.join(),
        fact.years.clue,
        fact.funder,
        fact.payer,
        fact.twins <= 1,
    ].join("\u0000");
    if (seen.repKeys.has(key))
        return;
    seen.repKeys.add(key);
    seen.reps.push(fact);
}
/** Adds a telling's stems and areas; a set of areas shared with the fact is copied only when it must grow. */
export function addWords(group, terms, topics) {
    if (terms.length > 0 && !group.termLists.includes(terms)) {
        group.termLists.push(terms);
        if (group.terms)
            for (const t of terms)
                group.terms.add(t);
    }
    if (topics !== group.topics && topics.size > 0) {
        group.topics = grown(group.topics, topics, group.ownsTopics);
        group.ownsTopics = group.topics !== topics;
    }
}
/** Every stem of the group's tellings (most groups are never compared: the set is made only when asked). */
export function termsOf(group) {
    if (group.terms === null) {
        // Added list by list: no flattened copy of the lists is made on the way.
        const all = new Set();
        for (const list of group.termLists)
            for (const t of list)
                all.add(t);
        group.terms = all;
    }
    return group.terms;
}
/** `have` with `more` added: `more` itself when `have` is an empty shared set, a copy when shared. */
function grown(have, more, owned) {
    if (have.size === 0 && !owned)
        return more;
    const own = owned ? have : new Set(have);
    for (const t of more)
        own.add(t);
    return own;
}
export function newGroup(groups, fact) {
    const group = {
        facts: [fact],
        entry: emptyEntry(fact),
        termLists: [],
        terms: null,
        topics: NOTHING,
        ownsTopics: false,
        weak: [],
        listed: [],
        parent: null,
        cofunds: null,
        seen: null,
    };
    groups.push(group);
    return group;
}
// The lists `finishEntry` replaces: one frozen empty list meanwhile (a push before then would throw).
const FILLED_AT_FINISH = Object.freeze([]);
function emptyEntry(fact) {
    return {
        id: `${fact.doc.id}@${fact.amount.start}`,
        amountSek: fact.amount.valueSek,
        qualifier: fact.amount.qualifier,
        year: null,
        years: FILLED_AT_FINISH,
        yearClue: "none",
        purpose: fact.purpose,
        area: "",
        terms: FILLED_AT_FINISH,
        recipient: null,
        payer: null,
        funder: null,
        decided: null,
        weak: FILLED_AT_FINISH,
        role: fact.role.role,
        partOf: null,
        parts: [],
        gms: false,
        sources: FILLED_AT_FINISH,
        notes: FILLED_AT_FINISH,
        datesDisagree: false,
    };
}
//# sourceMappingURL=ledger-group.js.map