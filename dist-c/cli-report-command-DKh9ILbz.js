import { t as GmsError } from "./cli-errors-CiUP9eDM.js";
import { r as writeLine, t as readLines } from "./cli-io-DUA6Hw0B.js";
import { t as oneLine } from "./cli-sanitize-vWyoWJyB.js";
import { resolve } from "node:path";
import { createReadStream } from "node:fs";
// dist/cli/usage-report.js
const TOP_UNANSWERED = 15;
const text = (v) => typeof v === "string" ? v : null;
/** The UTC day of a pino line (`time` in ms), or null for a line without one. */
function dayOf(line) {
	const time = line.time;
	if (typeof time !== "number" && typeof time !== "string") return null;
	const date = new Date(time);
	return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
const groupKey = (q) => q.toLowerCase().replace(/\s+/g, " ").trim();
function buildUsageReport(lines, since = null) {
	const days = /* @__PURE__ */ new Map();
	const missed = /* @__PURE__ */ new Map();
	const votes = /* @__PURE__ */ new Map();
	const reasons = /* @__PURE__ */ new Map();
	let total = 0;
	let answered = 0;
	for (const line of lines) {
		const day = dayOf(line);
		if (day === null || since !== null && day < since) continue;
		if (line.msg === "question") {
			const platform = text(line.platform) ?? "terminal";
			const key = `${day}|${platform}`;
			const row = days.get(key) ?? {
				day,
				platform,
				questions: 0,
				answered: 0
			};
			row.questions++;
			total++;
			if (line.answered === true) {
				row.answered++;
				answered++;
			}
			days.set(key, row);
			if (line.answered === false) countMissed(missed, line);
		} else if (line.msg === "feedback") {
			const who = `${text(line.answerId)}|${text(line.userHash)}`;
			votes.set(who, {
				vote: text(line.vote) ?? "",
				intent: text(line.intent) ?? "unknown",
				question: text(line.question) ?? "(question not known)",
				platform: text(line.platform) ?? "?",
				day
			});
		} else if (line.msg === "feedback reason") {
			const who = `${text(line.answerId)}|${text(line.userHash)}`;
			const reason = text(line.reason);
			if (reason) reasons.set(who, [...reasons.get(who) ?? [], reason]);
		}
	}
	return {
		since,
		questions: {
			total,
			answered,
			answeredShare: total === 0 ? 0 : answered / total
		},
		byDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day) || a.platform.localeCompare(b.platform)),
		unanswered: [...missed.values()].sort((a, b) => b.count - a.count || a.question.localeCompare(b.question)).slice(0, TOP_UNANSWERED),
		feedback: feedbackByIntent(votes.values()),
		downvoted: [...votes].filter(([, v]) => v.vote === "down").map(([who, v]) => ({
			question: v.question,
			intent: v.intent,
			platform: v.platform,
			day: v.day,
			reasons: reasons.get(who) ?? []
		}))
	};
}
function countMissed(missed, line) {
	const question = text(line.question) ?? "";
	if (question.trim() === "") return;
	const intent = text(line.intent) ?? "unknown";
	const key = groupKey(question);
	const row = missed.get(key) ?? {
		question,
		count: 0,
		kind: intent === "out-of-scope" ? "not understood" : "declined",
		intent,
		unplaced: []
	};
	row.count++;
	const unplaced = Array.isArray(line.unplaced) ? line.unplaced.filter((w) => typeof w === "string") : [];
	row.unplaced = [.../* @__PURE__ */ new Set([...row.unplaced, ...unplaced])];
	missed.set(key, row);
}
function feedbackByIntent(votes) {
	const rows = /* @__PURE__ */ new Map();
	for (const { vote, intent } of votes) {
		const row = rows.get(intent) ?? {
			intent,
			up: 0,
			down: 0
		};
		if (vote === "up") row.up++;
		else if (vote === "down") row.down++;
		rows.set(intent, row);
	}
	return [...rows.values()].sort((a, b) => b.up + b.down - (a.up + a.down) || a.intent.localeCompare(b.intent));
}
/** The report as text for a person. */
function formatUsageReport(report) {
	const out = [];
	const { total, answered, answeredShare } = report.questions;
	out.push(`Questions${report.since ? ` since ${report.since}` : ""}: ${total}, answered ${answered} (${Math.round(answeredShare * 100)} %)`);
	out.push("", "Per day and platform:");
	for (const r of report.byDay) out.push(`  ${r.day}  ${r.platform.padEnd(9)} ${String(r.questions).padStart(5)} asked, ${r.answered} answered`);
	if (report.byDay.length === 0) out.push("  (none)");
	out.push("", "Most frequent questions not answered:");
	for (const r of report.unanswered) {
		const words = r.unplaced.length > 0 ? `; words not placed: ${r.unplaced.join(", ")}` : "";
		out.push(`  ${String(r.count).padStart(4)}×  ${oneLine(r.question)}  [${r.kind}, ${r.intent}${words}]`);
	}
	if (report.unanswered.length === 0) out.push("  (none)");
	out.push("", "👍/👎 per intent (once per person and answer):");
	for (const r of report.feedback) out.push(`  ${r.intent.padEnd(14)} 👍 ${r.up}  👎 ${r.down}`);
	if (report.feedback.length === 0) out.push("  (none)");
	out.push("", "Questions behind each 👎:");
	for (const r of report.downvoted) {
		out.push(`  ${r.day} ${r.platform}: ${oneLine(r.question)}  [${r.intent}]`);
		for (const reason of r.reasons) out.push(`      what was wrong: ${oneLine(reason)}`);
	}
	if (report.downvoted.length === 0) out.push("  (none)");
	return out.join("\n");
}
// dist/cli/report-command.js
/** `gms-bot report`: reads the JSON log (file or stdin); lines that are not JSON are skipped. */
async function runReportCommand(request, io) {
	if (request.file === null && io.stdin.isTTY === true) throw new GmsError("USAGE", "report needs a log: gms-bot report bot.log, or pipe the log in. Run gms-bot report --help.");
	const input = request.file === null ? io.stdin : openLog(resolve(io.cwd, request.file));
	const lines = [];
	try {
		for await (const line of readLines(input)) {
			const parsed = parseLine(line);
			if (parsed) lines.push(parsed);
		}
	} catch (error) {
		const code = error.code;
		throw new GmsError("CONFIG_INVALID", `cannot read the log ${request.file ?? "(stdin)"} (${code ?? String(error)})`);
	}
	const report = buildUsageReport(lines, request.since);
	writeLine(io.stdout, request.json ? JSON.stringify(report) : formatUsageReport(report));
	return 0;
}
function openLog(path) {
	return createReadStream(path, { encoding: "utf8" });
}
function parseLine(line) {
	const start = line.indexOf("{");
	if (start < 0) return null;
	try {
		const value = JSON.parse(line.slice(start));
		return typeof value === "object" && value !== null ? value : null;
	} catch {
		return null;
	}
}
export { runReportCommand };

//# sourceMappingURL=cli-report-command-DKh9ILbz.js.map