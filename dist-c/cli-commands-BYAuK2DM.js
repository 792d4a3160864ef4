import { a as loadDocuments, c as createPassageIndex, i as loadKnowledge, l as createConversationStore, n as beginLoad, o as prepareJoin, r as fromDocuments, s as readBatch, t as createAsk } from "./cli-bot-yKxFviL5.js";
import { t as loadConfig } from "./cli-config-D-1SuhI7.js";
import { t as dateOfAsking } from "./cli-date-of-asking-Ce9IgfzC.js";
import { t as renderAnswer } from "./cli-render-DbjXcgY2.js";
import { t as oneLine } from "./cli-sanitize-vWyoWJyB.js";
import { i as writeLineDrained, n as useColor, r as writeLine, t as readLines } from "./cli-io-DUA6Hw0B.js";
import { i as warnTo, n as failedAnswer, r as reportAskError } from "./cli-report-DBTeRf9O.js";
import { availableParallelism } from "node:os";
import { basename, extname, resolve } from "node:path";
import { existsSync, readdirSync, watch } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
// dist/live/rebuild.js
/**
* Rebuilds from the folder, remembering each document's last good version: a file that is
* half-written or turned binary keeps what it said before instead of vanishing from the answers.
* A folder that cannot be read at all throws, so the caller keeps its current knowledge.
*/
function createRebuilder(seedsDir, initial) {
	let lastGood = new Map(initial.map((d) => [d.id, d]));
	return () => {
		const { documents, problems } = loadDocuments(seedsDir);
		const folderProblem = problems.find((p) => p.file === seedsDir);
		if (folderProblem) throw new Error(folderProblem.message);
		const loaded = new Set(documents.map((d) => d.id));
		const kept = [];
		const reported = problems.map((problem) => {
			const id = basename(problem.file, extname(problem.file));
			const previous = lastGood.get(id);
			if (!previous || loaded.has(id) || !existsSync(problem.file)) return problem;
			kept.push(previous);
			return {
				...problem,
				message: `${problem.message}; its previous version is kept`
			};
		});
		const all = [...documents, ...kept].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
		lastGood = new Map(all.map((d) => [d.id, d]));
		const knowledge = fromDocuments(all, reported);
		return {
			...knowledge,
			passages: [...knowledge.passages.all()]
		};
	};
}
// dist/live/knowledge-builder.js
const WORKER_FILE = ["./knowledge-worker.js", "./live/knowledge-worker.js"].map((path) => fileURLToPath(new URL(path, import.meta.url))).find((file) => existsSync(file)) ?? fileURLToPath(new URL("./knowledge-worker.js", import.meta.url));
/** A long-lived worker thread that rebuilds on request; it never keeps the process alive. */
function createKnowledgeBuilder(seedsDir, initial) {
	if (!existsSync(WORKER_FILE)) return inlineBuilder(seedsDir, initial);
	let worker = null;
	let nextId = 0;
	const pending = /* @__PURE__ */ new Map();
	const failAll = (error) => {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
		worker = null;
	};
	const start = () => {
		const w = new Worker(WORKER_FILE, { workerData: {
			seedsDir,
			documents: initial
		} });
		w.unref();
		w.on("message", (reply) => {
			const waiting = pending.get(reply.id);
			pending.delete(reply.id);
			if (!waiting) return;
			if (reply.ok) waiting.resolve(toKnowledge(reply.built));
			else waiting.reject(new Error(reply.message));
		});
		w.on("error", (error) => failAll(error));
		w.on("exit", (code) => failAll(/* @__PURE__ */ new Error(`the knowledge worker exited (code ${code})`)));
		return w;
	};
	return {
		where: "worker",
		build() {
			worker ??= start();
			const id = nextId++;
			const running = worker;
			return new Promise((resolve, reject) => {
				pending.set(id, {
					resolve,
					reject
				});
				running.postMessage({ id });
			});
		},
		async close() {
			const w = worker;
			worker = null;
			if (w) await w.terminate();
		}
	};
}
/** Plain data back into a Knowledge: only the search index is made here, lazily on first use. */
function toKnowledge(built) {
	return {
		...built,
		passages: createPassageIndex(built.passages)
	};
}
function inlineBuilder(seedsDir, initial) {
	const rebuild = createRebuilder(seedsDir, initial);
	return {
		where: "inline",
		build: async () => toKnowledge(rebuild()),
		close: async () => {}
	};
}
// dist/live/ledger-diff.js
const identity = (e) => `${e.sources[0]?.docId ?? "-"}|${e.sources[0]?.text ?? ""}|${e.amountSek}`;
const meaning = (e) => JSON.stringify([
	e.years,
	e.role,
	e.area,
	e.recipient,
	e.payer,
	e.gms,
	e.qualifier,
	e.sources.length
]);
/** One line a person can read: amount, years, area and the document that states it. */
function describeEntry(e) {
	const years = e.years.length > 0 ? ` ${e.years.join("–")}` : "";
	return `SEK ${e.amountSek}${years} ${e.area || e.purpose.slice(0, 40)} (${e.sources[0]?.docId ?? "?"})`;
}
function diffKnowledge(before, after) {
	const docsBefore = new Map(before.documents.map((d) => [d.id, d.text]));
	const docsAfter = new Map(after.documents.map((d) => [d.id, d.text]));
	const entriesBefore = new Map(before.ledger.entries.map((e) => [identity(e), e]));
	const entriesAfter = new Map(after.ledger.entries.map((e) => [identity(e), e]));
	const changedDoc = (id) => docsBefore.has(id) && docsBefore.get(id) !== docsAfter.get(id);
	const changedEntry = (key, e) => {
		const old = entriesBefore.get(key);
		return old !== void 0 && meaning(old) !== meaning(e);
	};
	return {
		documentsAdded: [...docsAfter.keys()].filter((id) => !docsBefore.has(id)),
		documentsRemoved: [...docsBefore.keys()].filter((id) => !docsAfter.has(id)),
		documentsChanged: [...docsAfter.keys()].filter(changedDoc),
		entriesAdded: [...entriesAfter].filter(([k]) => !entriesBefore.has(k)).map(([, e]) => describeEntry(e)),
		entriesRemoved: [...entriesBefore].filter(([k]) => !entriesAfter.has(k)).map(([, e]) => describeEntry(e)),
		entriesChanged: [...entriesAfter].filter(([k, e]) => changedEntry(k, e)).map(([, e]) => describeEntry(e))
	};
}
// dist/live/live-knowledge.js
function createLiveKnowledge(options) {
	let state = {
		knowledge: options.initial,
		ask: options.makeAsk(options.initial)
	};
	let running = null;
	let again = null;
	const once = async (reason) => {
		const started = performance.now();
		try {
			const next = await options.builder.build();
			const diff = diffKnowledge(state.knowledge, next);
			state = {
				knowledge: next,
				ask: options.makeAsk(next)
			};
			const ms = Math.round(performance.now() - started);
			const { documents, ledger, problems } = next;
			options.onReload({
				reason,
				documents: documents.length,
				ledgerEntries: ledger.entries.length,
				diff,
				problems,
				ms
			});
		} catch (error) {
			options.onError(error, reason);
		}
	};
	const reload = (reason) => {
		if (running) {
			again = reason;
			return running;
		}
		running = (async () => {
			await once(reason);
			while (again !== null) {
				const next = again;
				again = null;
				await once(next);
			}
			running = null;
		})();
		return running;
	};
	return {
		ask: (question, context) => state.ask(question, context),
		current: () => state.knowledge,
		reload,
		async close() {
			await running;
			await options.builder.close();
		}
	};
}
// dist/live/watch-documents.js
const WATCHED = /* @__PURE__ */ new Set([
	".txt",
	".md",
	".json"
]);
/**
* Calls `onChange` once a burst of changes in `dir` has settled. Editor swap files and other
* kinds of file are ignored. Never keeps the process alive; returns null if `dir` can't be watched.
*/
function watchDocuments(dir, onChange, options = {}) {
	let watcher;
	try {
		watcher = watch(dir, { persistent: false });
	} catch (error) {
		options.onError?.(error);
		return null;
	}
	const changed = /* @__PURE__ */ new Set();
	let timer = null;
	watcher.on("change", (_event, name) => {
		const file = typeof name === "string" ? name : name?.toString("utf8") ?? "";
		if (file !== "" && (file.startsWith(".") || !WATCHED.has(extname(file).toLowerCase()))) return;
		changed.add(file);
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = null;
			const files = [...changed].sort();
			changed.clear();
			onChange(files);
		}, options.debounceMs ?? 750);
		timer.unref();
	});
	watcher.on("error", (error) => options.onError?.(error));
	return { close() {
		if (timer) clearTimeout(timer);
		watcher.close();
	} };
}
// dist/live/live-documents.js
/** The knowledge, kept current: the folder is watched, SIGHUP reloads, builds run in a worker. */
function startLiveDocuments(options) {
	const { seedsDir, initial, signals } = options;
	const live = createLiveKnowledge({
		initial,
		makeAsk: options.makeAsk,
		builder: createKnowledgeBuilder(seedsDir, initial.documents),
		onReload: options.onReload,
		onError: options.onError
	});
	const watcher = watchDocuments(seedsDir, (files) => void live.reload(`changed: ${files.join(", ") || seedsDir}`), {
		debounceMs: options.debounceMs,
		onError: (error) => options.onError(error, "watching the documents folder")
	});
	const onHangup = () => void live.reload("SIGHUP");
	signals.on("SIGHUP", onHangup);
	return {
		...live,
		async close() {
			signals.off("SIGHUP", onHangup);
			watcher?.close();
			await live.close();
		}
	};
}
/** The reload as one log-friendly object: counts, and the first few entries of each kind. */
function reloadFields(report) {
	const { diff } = report;
	const few = (list) => list.slice(0, 20);
	return {
		reason: report.reason,
		documents: report.documents,
		ledgerEntries: report.ledgerEntries,
		ms: report.ms,
		documentsAdded: diff.documentsAdded,
		documentsRemoved: diff.documentsRemoved,
		documentsChanged: diff.documentsChanged,
		entriesAdded: diff.entriesAdded.length,
		entriesRemoved: diff.entriesRemoved.length,
		entriesChanged: diff.entriesChanged.length,
		added: few(diff.entriesAdded),
		removed: few(diff.entriesRemoved),
		changed: few(diff.entriesChanged),
		failed: report.problems.map((p) => ({
			file: p.file,
			message: p.message
		}))
	};
}
/** One line for the terminal chat. */
function reloadSummary(report) {
	const { diff } = report;
	const failed = report.problems.length > 0 ? `; ${report.problems.length} file(s) skipped` : "";
	return `documents reloaded (${report.reason}): ${report.documents} documents; ledger entries +${diff.entriesAdded.length} -${diff.entriesRemoved.length} ~${diff.entriesChanged.length}${failed}`;
}
// dist/cli/platform-summary.js
/** One line per platform: on or off, and why, e.g. "Slack: on (HTTP mode, port 3000)". */
function platformLines(config) {
	const { slack, discord } = config;
	const threads = slack?.threadFollowups ? ", thread follow-ups on" : "";
	return [!slack ? "Slack: off (SLACK_BOT_TOKEN not set)" : slack.appToken ? `Slack: on (Socket Mode, SLACK_APP_TOKEN set${threads})` : `Slack: on (HTTP mode, port ${slack.port}${threads})`, discord ? `Discord: on (application ${discord.applicationId})` : "Discord: off (DISCORD_TOKEN not set)"];
}
/** Where the settings came from: the environment, plus `.env` when one was read. */
function settingsLine(envFile) {
	return envFile ? `Settings: environment and ${envFile}` : "Settings: environment (no .env file)";
}
// dist/cli/question-log.js
const QUESTION_LOG_CHARS = 200;
/**
* Wraps `ask` so each question is logged once (`msg: "question"`): platform, intent, answered,
* language and latency. `gms-bot report` reads these lines.
*/
function withQuestionLog(ask, logger) {
	return (question, context) => {
		const started = performance.now();
		const conversation = context?.conversationId ?? null;
		const fields = {
			question: question.slice(0, QUESTION_LOG_CHARS),
			conversation,
			platform: platformOf(conversation)
		};
		try {
			const answer = ask(question, context);
			const latencyMs = Math.round((performance.now() - started) * 1e3) / 1e3;
			const { intent, answered, language } = answer;
			const unplaced = answer.unplaced;
			const extra = Array.isArray(unplaced) && unplaced.length > 0 ? { unplaced } : {};
			logger.info({
				...fields,
				intent,
				answered,
				language,
				latencyMs,
				...extra
			}, "question");
			return answer;
		} catch (error) {
			logger.error({
				...fields,
				err: error
			}, "question failed");
			throw error;
		}
	};
}
/** Adapters namespace their conversation ids (`slack:…`, `discord:…`); anything else is local. */
function platformOf(conversation) {
	const prefix = conversation?.split(":")[0];
	return prefix === "slack" || prefix === "discord" ? prefix : "terminal";
}
const FLUSH_TIMEOUT_MS = 1e3;
/** Stops every adapter on SIGINT/SIGTERM, flushes the log and exits; a second signal exits at once. */
function installShutdown(options) {
	const { adapters, logger, exit, signals } = options;
	let stopping = false;
	const shutdown = async (code) => {
		if (stopping) return;
		stopping = true;
		const timeoutMs = options.timeoutMs ?? 9500;
		const timer = setTimeout(() => {
			logger.error({ timeoutMs }, "adapters did not stop in time; exiting");
			exit(1);
		}, timeoutMs);
		timer.unref();
		(await Promise.allSettled(adapters.map((a) => a.stop()))).forEach((result, i) => {
			if (result.status === "rejected") logger.error({
				adapter: adapters[i]?.name,
				err: result.reason
			}, "adapter failed to stop");
		});
		clearTimeout(timer);
		logger.info({ code }, "stopped");
		await flushLogger(logger);
		exit(code);
	};
	const onSignal = (signal) => {
		if (stopping) return exit(1);
		logger.info({ signal }, "stopping");
		shutdown(0);
	};
	signals.on("SIGINT", onSignal);
	signals.on("SIGTERM", onSignal);
	return shutdown;
}
/** Logs what would otherwise vanish: rejections are logged only; an uncaught exception shuts down. */
function watchFaults(signals, logger, shutdown) {
	signals.on("unhandledRejection", (reason) => {
		logger.error({ err: reason }, "unhandled promise rejection");
	});
	signals.on("uncaughtException", (error) => {
		logger.fatal({ err: error }, "uncaught exception; shutting down");
		shutdown(1);
	});
}
function flushLogger(logger) {
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, FLUSH_TIMEOUT_MS);
		timer.unref();
		logger.flush(() => {
			clearTimeout(timer);
			resolve();
		});
	});
}
// dist/live/parallel-load.js
const READER_FILE = ["./reader-worker.js", "./live/reader-worker.js"].map((path) => fileURLToPath(new URL(path, import.meta.url))).find((file) => existsSync(file));
const PARALLEL_MIN_FILES = 2500;
const PARALLEL_MIN_CORES = 3;
/** `loadKnowledge` with the documents read on two threads (one where no built worker file exists). */
async function loadKnowledgeInParallel(seedsDir, options = {}) {
	const large = availableParallelism() >= (options.minCores ?? PARALLEL_MIN_CORES) && fileCount(seedsDir) >= (options.minFiles ?? PARALLEL_MIN_FILES);
	const worker = READER_FILE === void 0 || !large ? null : new Worker(READER_FILE);
	worker?.on("error", () => {});
	try {
		const begun = beginLoad(seedsDir, options);
		if ("ledger" in begun) return begun;
		const [mine, theirs] = halves(begun.documents);
		if (worker === null || theirs.length === 0) return begun.finish([readBatch(begun.documents)]);
		const reply = readOn(worker, theirs);
		const own = readBatch(mine);
		prepareJoin(own);
		const other = await reply ?? readBatch(theirs);
		return begun.finish([own, other]);
	} finally {
		worker?.terminate();
	}
}
function readOn(worker, documents) {
	return new Promise((resolve) => {
		worker.once("message", (reading) => resolve(reading));
		worker.once("error", () => resolve(null));
		worker.once("exit", () => resolve(null));
		worker.postMessage(documents);
	});
}
/** How many entries the folder has (documents and others alike); 0 when it cannot be read. */
function fileCount(dir) {
	try {
		return readdirSync(dir).length;
	} catch {
		return 0;
	}
}
/** Two consecutive runs of about equal text (the second is empty when one document is most of it). */
function halves(documents) {
	let total = 0;
	for (const d of documents) total += d.text.length;
	let at = 0;
	for (let sum = 0; at < documents.length && sum < total / 2; at++) sum += documents[at].text.length;
	return [documents.slice(0, at), documents.slice(at)];
}
// dist/main.js
/** Loads the documents once; each load problem is reported once and the rest still loads. */
function loadSeeds(seedsDir, report, cacheDir = null) {
	const knowledge = loadKnowledge(seedsDir, { cacheDir });
	for (const problem of knowledge.problems) report(problem);
	return knowledge;
}
/** `loadSeeds` with the documents read on two threads: the serving bot's first load. */
async function loadSeedsInParallel(seedsDir, report, cacheDir = null) {
	const knowledge = await loadKnowledgeInParallel(seedsDir, { cacheDir });
	for (const problem of knowledge.problems) report(problem);
	return knowledge;
}
/** The bot over the loaded knowledge, with the configured conversation memory. */
function createCoreAsk(config, knowledge, conversations) {
	return createAsk({
		knowledge,
		conversations,
		conversationTtlMs: config.conversationTtlMs,
		conversationMax: config.conversationMax
	});
}
/** True when a platform token is configured: `gms-bot` with no command then serves it. */
function hasPlatforms(config) {
	return config.slack !== null || config.discord !== null;
}
/** Every secret value in the config, for the logger to mask wherever it appears. */
function configSecrets(config) {
	return [
		config.slack?.botToken,
		config.slack?.appToken,
		config.slack?.signingSecret,
		config.discord?.token,
		...urlCredentials(config.slack?.apiUrl)
	].filter((v) => typeof v === "string" && v !== "");
}
/** A password (or user) written into a URL such as SLACK_API_URL, raw and decoded: also a secret. */
function urlCredentials(url) {
	if (!url) return [];
	try {
		const { username, password } = new URL(url);
		return [password, username].filter((v) => v !== "").flatMap((v) => [v, decodeURIComponent(v)]);
	} catch {
		return [];
	}
}
const VERBOSE_LEVELS = /* @__PURE__ */ new Set([
	"info",
	"debug",
	"trace"
]);
/**
* A logger for the local commands, only when LOG_LEVEL explicitly asks for info or more:
* by default they stay quiet, and pino is not even loaded (cold start).
*/
async function createCommandLogger(config, env) {
	if (!env.LOG_LEVEL?.trim() || !VERBOSE_LEVELS.has(config.logLevel)) return null;
	return createConfiguredLogger(config);
}
const processHost = {
	signals: process,
	exit: (code) => process.exit(code)
};
/**
* Serves Slack and/or Discord until SIGINT/SIGTERM; the platform SDKs load only here. The documents
* folder is watched (and SIGHUP reloads): knowledge is rebuilt in a worker thread and swapped in.
*/
async function runPlatforms(config, seedsDir, host = processHost, envFile = null) {
	const logger = host.logger ?? await createConfiguredLogger(config);
	logger.info({ envFile }, settingsLine(envFile));
	for (const line of platformLines(config)) logger.info(line);
	const live = startLiveKnowledge(config, seedsDir, await loadSeedsInParallel(seedsDir, (p) => logger.warn({ file: p.file }, p.message), config.cacheDir), host.signals, logger);
	const ask = withQuestionLog(live.ask, logger);
	const startedAt = Date.now();
	const health = () => ({
		documents: live.current().documents.length,
		ledgerEntries: live.current().ledger.entries.length,
		uptimeSeconds: Math.floor((Date.now() - startedAt) / 1e3)
	});
	const adapters = await createPlatformAdapters(config, {
		ask,
		logger,
		health
	});
	const closing = {
		name: "documents",
		start: async () => {},
		stop: () => live.close()
	};
	const shutdown = installShutdown({
		signals: host.signals,
		exit: host.exit,
		adapters: [...adapters, closing],
		logger
	});
	watchFaults(host.signals, logger, shutdown);
	try {
		for (const adapter of adapters) await adapter.start();
	} catch (error) {
		logger.error({ err: error }, "an adapter failed to start");
		await shutdown(1);
		return;
	}
	const { documents, ledgerEntries } = health();
	logger.info({
		adapters: adapters.map((a) => a.name),
		documents,
		ledgerEntries
	}, "ready");
}
/** Live documents for a serving process: each reload logs what changed and what failed to load. */
function startLiveKnowledge(config, seedsDir, initial, signals, logger) {
	const conversations = createConversationStore({
		max: config.conversationMax,
		ttlMs: config.conversationTtlMs,
		now: Date.now
	});
	return startLiveDocuments({
		seedsDir,
		initial,
		signals,
		makeAsk: (knowledge) => createCoreAsk(config, knowledge, conversations),
		onReload: (report) => {
			for (const p of report.problems) logger.warn({ file: p.file }, p.message);
			logger.info(reloadFields(report), "knowledge reloaded");
		},
		onError: (err, reason) => logger.error({
			err,
			reason
		}, "documents not reloaded (see reason); still answering from those already loaded")
	});
}
async function createConfiguredLogger(config) {
	const { createLogger } = await import("./cli-logger-Bk6sU6Fo.js");
	const secrets = configSecrets(config);
	return createLogger({
		level: config.logLevel,
		format: config.logFormat,
		secrets
	});
}
async function createPlatformAdapters(config, deps) {
	const { ask, logger, health } = deps;
	const adapters = [];
	if (config.slack) {
		const { createSlackAdapter } = await import("./cli-slack-DqJwl5oP.js");
		adapters.push(createSlackAdapter({
			config: config.slack,
			ask,
			logger,
			health
		}));
	}
	if (config.discord) {
		const { createDiscordAdapter } = await import("./cli-discord-CxF5O2f2.js");
		adapters.push(createDiscordAdapter({
			config: config.discord,
			ask,
			logger
		}));
	}
	return adapters;
}
// dist/cli/ask-command.js
const STDIN_HINT = "gms-bot: one question per line; Ctrl-D to end. / En fråga per rad; Ctrl-D avslutar.";
/**
* `gms-bot ask`: each question is asked on its own (no shared conversation), so a batch gives
* the same answers as the same questions asked one at a time. Exit 1 only if the core failed.
*/
async function runAskCommand(options) {
	const { io, json } = options;
	const color = !json && useColor(io.stdout, io.env);
	let failed = false;
	const answer = (question) => {
		try {
			return options.ask(question, { today: dateOfAsking() });
		} catch (error) {
			failed = true;
			reportAskError(io.stderr, options.logger, error, question);
			return failedAnswer(question);
		}
	};
	const preview = options.render ? await loadPreview(options.render) : null;
	const print = (a) => writeLineDrained(io.stdout, preview ? preview(a) : json ? JSON.stringify(a) : renderAnswer(a, { color }));
	if (options.question !== null) {
		await print(answer(options.question));
		return failed ? 1 : 0;
	}
	if (io.stdin.isTTY === true) writeLine(io.stderr, STDIN_HINT);
	let count = 0;
	for await (const line of readLines(io.stdin)) {
		if (!json && !preview) await writeLineDrained(io.stdout, `${count > 0 ? "\n" : ""}> ${oneLine(line)}`);
		await print(answer(line));
		count += 1;
	}
	return failed ? 1 : 0;
}
/** The adapter's own renderer, loaded only when asked for (discord.js is not loaded otherwise). */
async function loadPreview(target) {
	switch (target) {
		case "slack": {
			const { previewSlack } = await import("./cli-preview-DYk28BT0.js");
			return previewSlack;
		}
		case "discord": {
			const { previewDiscord } = await import("./cli-preview-MzGGVGOm.js");
			return previewDiscord;
		}
		case "text": return (answer) => renderAnswer(answer, { color: false });
		default: return target;
	}
}
// dist/cli/commands.js
/**
* Runs one command; returns its exit code, or null when platform adapters now serve
* (the process then lives until a signal). Config errors throw GmsError CONFIG_INVALID.
*/
async function runCommand(request, io) {
	const config = loadConfig(io.env);
	const seedsDir = resolve(io.cwd, request.seeds ?? config.seedsDir);
	const format = request.json ? "json" : request.csv ? "csv" : "text";
	switch (request.command) {
		case "report": {
			const { file = null, since = null, json } = request;
			const { runReportCommand } = await import("./cli-report-command-DKh9ILbz.js");
			return runReportCommand({
				file,
				since,
				json
			}, io);
		}
		case "ledger": {
			const { runLedgerCommand } = await import("./cli-listing-commands-DoNhiFlx.js");
			return runLedgerCommand(loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir), io, request.review ? "review" : format);
		}
		case "facts": {
			const { runFactsCommand } = await import("./cli-listing-commands-DoNhiFlx.js");
			return runFactsCommand(loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir), io, request.json);
		}
		case "sources": {
			const { runSourcesCommand } = await import("./cli-listing-commands-DoNhiFlx.js");
			return runSourcesCommand(loadSeeds(seedsDir, () => {}, config.cacheDir), seedsDir, io, format);
		}
		case "ask":
		case "chat":
		case null: {
			if (request.command === null && hasPlatforms(config)) {
				await runPlatforms(config, seedsDir, void 0, io.envFile);
				return null;
			}
			if (request.command === null) {
				const why = [settingsLine(io.envFile), ...platformLines(config)].join("; ");
				writeLine(io.stderr, `gms-bot: ${why}; opening the terminal chat.`);
			}
			const logger = await createCommandLogger(config, io.env);
			const knowledge = loadSeeds(seedsDir, warnTo(io.stderr), config.cacheDir);
			const withLog = (core) => logger ? withQuestionLog(core, logger) : core;
			if (request.command !== "ask") return runLiveChat(config, seedsDir, knowledge, io, logger);
			const ask = withLog(createCoreAsk(config, knowledge));
			const { json, render, question } = request;
			return runAskCommand({
				ask,
				io,
				logger,
				json,
				render,
				question
			});
		}
	}
}
/** The chat on live documents: a changed folder (or SIGHUP) is picked up between questions. */
async function runLiveChat(config, seedsDir, knowledge, io, logger) {
	const conversations = createConversationStore({
		max: config.conversationMax,
		ttlMs: config.conversationTtlMs,
		now: Date.now
	});
	const live = startLiveDocuments({
		seedsDir,
		initial: knowledge,
		signals: io.signals,
		makeAsk: (k) => createCoreAsk(config, k, conversations),
		onReload: (report) => {
			for (const problem of report.problems) warnTo(io.stderr)(problem);
			writeLine(io.stderr, `gms-bot: ${reloadSummary(report)}`);
		},
		onError: (error, reason) => {
			const message = error instanceof Error ? error.message : String(error);
			writeLine(io.stderr, `gms-bot: reload failed (${reason}): ${message}; keeping the documents already loaded`);
		}
	});
	try {
		const ask = logger ? withQuestionLog(live.ask, logger) : live.ask;
		const { runChatCommand } = await import("./cli-chat-command-EErRWY5I.js");
		return await runChatCommand(ask, io, logger);
	} finally {
		await live.close();
	}
}
export { runCommand };

//# sourceMappingURL=cli-commands-BYAuK2DM.js.map