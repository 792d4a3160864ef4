import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeDiscord, type FakeDiscord, HUMAN } from "../fakes/discord/index.js";
import {
  ALICE,
  type ApiCall,
  appMention,
  BOT_TOKEN,
  BOT_USER_ID,
  buttonClick,
  CHANNEL,
  channelMessage,
  eventCallback,
  type FakeWebApi,
  interactionBody,
  nextTs,
  postSigned,
  SIGNING_SECRET,
  startFakeWebApi,
  viewSubmission,
} from "../fakes/slack/index.js";
import {
  type BotProcess,
  buildDist,
  CLI,
  freePort,
  killLeftovers,
  type LogLine,
  ROOT,
  startBot,
} from "./support/index.js";

// `npm start` run for a team, as a whole process: settings from .env only, documents changing while it
// serves, 👎 with a reason on both platforms, thread follow-ups, and `gms-bot report` over its log.
const DISCORD_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.team-test.token-for-the-fake-only";
const NEW_DOC = "020_hjarta";
const NEW_DOC_TEXT = `Uppdrag om genomik vid ärftlig hjärtsjukdom

Regeringen har i dag beslutat att Genomic Medicine Sweden ska få 3 300 000 kronor under 2025 för helgenomsekvensering vid ärftlig hjärtsjukdom.
`;
const HEART = "how much went to hereditary heart disease in 2025?";

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** A folder holding only `.env` (the settings) and a copy of the bundled documents. */
function teamFolder(settings: Record<string, string>) {
  const dir = tempDir("gms-team-");
  const seeds = join(dir, "documents");
  cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
  const all = {
    SEEDS_DIR: seeds,
    CACHE_DIR: "off",
    LOG_FORMAT: "json",
    LOG_LEVEL: "info",
    ...settings,
  };
  const lines = Object.entries(all).map(([k, v]) => `${k}=${v}`);
  writeFileSync(join(dir, ".env"), `# written by the test\n${lines.join("\n")}\n`);
  return { dir, seeds };
}

async function waitUntil<T>(find: () => T | undefined, bot: BotProcess, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline || bot.child.exitCode !== null) {
      throw new Error(`not seen in ${ms} ms; log so far:\n${bot.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

const reloads = (bot: BotProcess) => bot.logs().filter((l) => l.msg === "knowledge reloaded");

beforeAll(buildDist, 60_000);
// One bot serves a whole describe block, so leftovers are killed after all of it, not after each test.
afterAll(() => {
  killLeftovers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("npm start for a team, with every setting in .env", () => {
  let api: FakeWebApi;
  let discord: FakeDiscord;
  let bot: BotProcess;
  let base: string;
  let folder: { dir: string; seeds: string };
  let log = "";

  const mention = async (text: string, threadTs?: string): Promise<ApiCall> => {
    const ts = nextTs();
    const event = appMention({
      user: ALICE,
      channel: CHANNEL,
      ts,
      threadTs,
      text: `<@${BOT_USER_ID}> ${text}`,
    });
    const res = await postSigned(`${base}/slack/events`, JSON.stringify(eventCallback(event)), {
      secret: SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    const thread = threadTs ?? ts;
    const posts = await api.calls.waitFor(
      (c) =>
        c.method === "chat.postMessage" && c.body.thread_ts === thread && c.body.text !== undefined,
      api.calls.items.filter((c) => c.method === "chat.postMessage" && c.body.thread_ts === thread)
        .length + 1,
      // Generous: the suite's flood tests share the two cores with this bot process.
      25_000,
    );
    return posts.at(-1) as ApiCall;
  };
  const signedForm = (payload: object) =>
    postSigned(`${base}/slack/events`, interactionBody(payload), {
      secret: SIGNING_SECRET,
      form: true,
    });

  beforeAll(async () => {
    api = await startFakeWebApi({ botToken: BOT_TOKEN });
    discord = await createFakeDiscord({ token: DISCORD_TOKEN });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    folder = teamFolder({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      SLACK_THREAD_FOLLOWUPS: "true",
      PORT: String(port),
      HOST: "127.0.0.1",
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: discord.world.applicationId,
      DISCORD_API_URL: discord.apiUrl,
    });
    bot = startBot({}, { cwd: folder.dir, bare: true });
    await bot.waitForLog("ready", 20_000);
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    await discord?.close();
  });

  it("reads its settings from .env alone and says which platforms it serves and why", () => {
    const messages = bot.logs().map((l) => l.msg);
    expect(messages).toContain(`Settings: environment and ${join(folder.dir, ".env")}`);
    expect(
      messages.some((m) =>
        /^Slack: on \(HTTP mode, port \d+, thread follow-ups on\)$/.test(String(m)),
      ),
    ).toBe(true);
    expect(messages).toContain(`Discord: on (application ${discord.world.applicationId})`);
    expect(bot.logs().find((l) => l.msg === "ready")).toMatchObject({
      adapters: ["slack", "discord"],
    });
  });

  it("answers from a document added while it runs, within 15 seconds and without a restart", async () => {
    const before = await mention(HEART);
    expect(JSON.stringify(before.body.blocks)).not.toContain("3.3 million");
    writeFileSync(join(folder.seeds, `${NEW_DOC}.txt`), NEW_DOC_TEXT);
    const reload = await waitUntil(
      () => reloads(bot).find((l) => (l.documentsAdded as string[]).includes(NEW_DOC)),
      bot,
      15_000,
    );
    expect(reload.entriesAdded).toBeGreaterThan(0);
    expect(reload.entriesRemoved).toBe(0);
    const after = await mention(HEART);
    expect(JSON.stringify(after.body.blocks)).toContain("3.3 million");
    expect(JSON.stringify(after.body.blocks)).toContain(
      "Uppdrag om genomik vid ärftlig hjärtsjukdom",
    );
  }, 30_000);

  it("a binary file dropped beside it is reported and changes nothing else", async () => {
    const seen = reloads(bot).length;
    const before = reloads(bot).at(-1) as LogLine;
    writeFileSync(
      join(folder.seeds, "scan.txt"),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0]),
    );
    const reload = await waitUntil(() => reloads(bot).slice(seen).at(0), bot, 15_000);
    expect(reload).toMatchObject({
      documents: before.documents,
      ledgerEntries: before.ledgerEntries,
      entriesAdded: 0,
      entriesRemoved: 0,
      entriesChanged: 0,
      documentsAdded: [],
      documentsRemoved: [],
    });
    expect(JSON.stringify(reload.failed)).toContain("scan.txt");
    expect(JSON.stringify((await mention(HEART)).body.blocks)).toContain("3.3 million");
  }, 30_000);

  it("reloads on SIGHUP and keeps serving", async () => {
    const seen = reloads(bot).length;
    bot.child.kill("SIGHUP");
    const reload = await waitUntil(() => reloads(bot).slice(seen).at(0), bot, 15_000);
    expect(reload).toMatchObject({ reason: "SIGHUP", entriesAdded: 0, entriesRemoved: 0 });
    expect(
      JSON.stringify((await mention("how much went to barncancer 2022?")).body.blocks),
    ).toContain("7,875,000");
  }, 30_000);

  it("answers a follow-up in its thread without a new mention, and stays silent on thanks", async () => {
    const first = await mention("how much went to barncancer 2022?");
    const thread = String(first.body.thread_ts);
    const reply = (text: string) =>
      postSigned(
        `${base}/slack/events`,
        JSON.stringify(
          eventCallback(channelMessage({ user: ALICE, channel: CHANNEL, threadTs: thread, text })),
        ),
        { secret: SIGNING_SECRET },
      );
    await reply("thanks!");
    await reply("och 2023?");
    const posts = await api.calls.waitFor(
      (c) => c.method === "chat.postMessage" && c.body.thread_ts === thread,
      2,
      // Generous: the suite's flood tests share the two cores with this bot process.
      25_000,
    );
    expect(posts).toHaveLength(2);
    const questions = bot
      .logs()
      .filter((l) => l.msg === "question")
      .map((l) => l.question);
    expect(questions).toContain("och 2023?");
    expect(questions).not.toContain("thanks!");
  }, 60_000);

  it("logs a Slack 👎 and its reason, and a Discord 👎 and its reason", async () => {
    const answer = await mention("how much went to lung cancer 2030?");
    type Blocks = { type: string; elements?: { action_id?: string; value?: string }[] }[];
    const buttons = (answer.body.blocks as Blocks).flatMap((b) => b.elements ?? []);
    const down = buttons.find((e) => e.action_id === "gms_feedback_down");
    const click = buttonClick({
      actionId: "gms_feedback_down",
      value: down?.value ?? "",
      user: ALICE,
      channel: CHANNEL,
      responseUrl: api.responseUrl("down"),
    });
    expect((await signedForm(click)).status).toBe(200);
    const [open] = await api.calls.waitFor((c) => c.method === "views.open", 1, 15_000);
    const raw = open?.body.view;
    const view = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
      callback_id: string;
      private_metadata: string;
    };
    const submit = viewSubmission({
      user: ALICE,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      block: "reason",
      action: "reason",
      value: "I asked about 2030",
    });
    expect((await signedForm(submit)).status).toBe(200);

    const slash = discord.slash({
      name: "gms",
      options: [{ name: "question", type: 3, value: "what did GMS get in 2019?" }],
    });
    const edit = await discord.waitForRequest(
      (r) => r.method === "PATCH" && r.path.includes(`/${slash.token}/messages/%40original`),
    );
    type Components = { components?: { components: { custom_id: string }[] }[] };
    const downId = (edit.body as Components).components?.[0]?.components[1]?.custom_id ?? "";
    const messageId = (edit.response as { id: string }).id;
    const pressed = discord.click(downId, messageId);
    const modal = await discord.waitForRequest(
      (r) => r.method === "POST" && r.path.includes(`/${pressed.id}/${pressed.token}/callback`),
    );
    const modalId = (modal.body as { data: { custom_id: string } }).data.custom_id;
    discord.submitModal(modalId, "reason", "2019 is not in the documents?");
    const reasons = await waitUntil(
      () => {
        const found = bot.logs().filter((l) => l.msg === "feedback reason");
        return found.length >= 2 ? found : undefined;
      },
      bot,
      15_000,
    );
    expect(reasons.map((r) => [r.platform, r.reason])).toEqual([
      ["slack", "I asked about 2030"],
      ["discord", "2019 is not in the documents?"],
    ]);
  }, 30_000);

  it("stops on SIGTERM; gms-bot report over its log shows usage and feedback without user ids", async () => {
    expect(await bot.terminate(5_000)).toBe(0);
    log = bot.stderr();
    const file = join(folder.dir, "bot.log");
    writeFileSync(file, log);
    const run = (args: string[]) =>
      spawnSync(process.execPath, [CLI, "report", ...args], {
        cwd: folder.dir,
        env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), LANG: "C.UTF-8" },
        encoding: "utf8",
        timeout: 15_000,
      });
    const json = run([file, "--json"]);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as {
      questions: { total: number; answered: number };
      byDay: { platform: string }[];
      unanswered: { question: string }[];
      feedback: { intent: string; down: number }[];
      downvoted: { question: string; reasons: string[] }[];
    };
    expect(report.byDay.map((d) => d.platform).sort()).toEqual(["discord", "slack"]);
    expect(report.questions.answered).toBeLessThan(report.questions.total);
    expect(report.unanswered.map((u) => u.question)).toContain(HEART);
    expect(report.feedback.reduce((n, f) => n + f.down, 0)).toBe(2);
    expect(report.downvoted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          question: "how much went to lung cancer 2030?",
          reasons: ["I asked about 2030"],
        }),
        expect.objectContaining({
          question: "what did GMS get in 2019?",
          reasons: ["2019 is not in the documents?"],
        }),
      ]),
    );
    const since = run(["--since", "2000-01-01", file]);
    const piped = spawnSync(process.execPath, [CLI, "report"], {
      cwd: folder.dir,
      input: log,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), LANG: "C.UTF-8" },
    });
    expect(since.status).toBe(0);
    expect(since.stdout).toContain(`Questions since 2000-01-01: ${report.questions.total},`);
    expect(piped.stdout).toContain("Questions behind each 👎:");
    expect(piped.stdout).toContain("what was wrong: I asked about 2030");
    for (const out of [json.stdout, piped.stdout]) {
      for (const secret of [ALICE, HUMAN.id, BOT_TOKEN, SIGNING_SECRET, DISCORD_TOKEN]) {
        expect(out).not.toContain(secret);
      }
    }
    expect(log).not.toContain(DISCORD_TOKEN);
    expect(log).not.toContain(BOT_TOKEN);
  }, 30_000);
});

describe("npm start with SLACK_THREAD_FOLLOWUPS unset", () => {
  it("answers mentions but not a reply without one; discord:register reads the same .env", async () => {
    const api = await startFakeWebApi({ botToken: BOT_TOKEN });
    const discord = await createFakeDiscord({ token: DISCORD_TOKEN });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const folder = teamFolder({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: discord.world.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: discord.world.guildId,
    });
    try {
      // Not spawnSync: the fake Discord lives in this process and must keep answering meanwhile.
      const register = await promisify(execFile)(
        process.execPath,
        [join(ROOT, "dist/adapters/discord/register-cli.js")],
        { cwd: folder.dir, env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), LANG: "C.UTF-8" } },
      );
      expect(register.stdout).toContain(`for server ${discord.world.guildId}`);
      const bot = startBot({}, { cwd: folder.dir, bare: true });
      await bot.waitForLog("ready", 20_000);
      const post = (event: Record<string, unknown>) =>
        postSigned(`${base}/slack/events`, JSON.stringify(eventCallback(event)), {
          secret: SIGNING_SECRET,
        });
      const thread = nextTs();
      await post(
        appMention({
          user: ALICE,
          channel: CHANNEL,
          ts: thread,
          text: `<@${BOT_USER_ID}> barncancer 2022?`,
        }),
      );
      await post(
        channelMessage({ user: ALICE, channel: CHANNEL, threadTs: thread, text: "och 2023?" }),
      );
      await post(
        appMention({
          user: ALICE,
          channel: CHANNEL,
          threadTs: thread,
          text: `<@${BOT_USER_ID}> och 2024?`,
        }),
      );
      const posts = await api.calls.waitFor(
        (c) => c.method === "chat.postMessage" && c.body.thread_ts === thread,
        2,
        15_000,
      );
      expect(posts).toHaveLength(2);
      const questions = bot
        .logs()
        .filter((l) => l.msg === "question")
        .map((l) => l.question);
      expect(questions).toEqual(["barncancer 2022?", "och 2024?"]);
      expect(await bot.terminate(5_000)).toBe(0);
    } finally {
      await api.close();
      await discord.close();
    }
  }, 40_000);
});
