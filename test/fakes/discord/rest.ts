import type { IncomingMessage, ServerResponse } from "node:http";
import { messageProblems } from "./limits.js";
import { type FakeWorld, message, snowflake } from "./payloads.js";

/** One request the fake REST API received, exactly as sent, plus what it answered. */
export interface RecordedRequest {
  method: string;
  /** The path as sent, still percent-encoded (`…/messages/%40original`). */
  path: string;
  query: URLSearchParams;
  authorization: string | null;
  body: unknown;
  status: number;
  response: unknown;
}

/** Where an interaction happened, so its webhook replies land in the right channel. */
export interface InteractionSite {
  channelId: string;
  guildId: string | null;
}

export interface RestState {
  world: FakeWorld;
  /** Requests with another bot token get a 401, as on Discord. */
  token: string;
  /** Delay before each response, to catch a client that does not wait for its replies. */
  delayMs: () => number;
  gatewayUrl: () => string;
  interactions: Map<string, InteractionSite>;
  record: (request: RecordedRequest) => void;
  /** The status an outage answers this request with (0: its connection is cut), or null. */
  outage: (method: string, route: string) => number | null;
}

type Reply = { status: number; body?: unknown };
type Route = (match: string[], body: unknown, state: RestState) => Reply;

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};

const botMessage = (state: RestState, site: InteractionSite, body: unknown, extra = {}) => ({
  status: 200,
  body: message({
    channelId: site.channelId,
    guildId: site.guildId,
    author: state.world.bot,
    content: typeof asRecord(body).content === "string" ? String(asRecord(body).content) : "",
    embeds: (asRecord(body).embeds as unknown[]) ?? [],
    components: (asRecord(body).components as unknown[]) ?? [],
    flags: Number(asRecord(body).flags ?? 0),
    ...extra,
  }),
});

const siteOf = (state: RestState, token: string | undefined): InteractionSite =>
  state.interactions.get(token ?? "") ?? { channelId: "0", guildId: null };

const commandsEcho = (applicationId: string, body: unknown, guildId?: string) => ({
  status: 200,
  body: (Array.isArray(body) ? body : []).map((c) => ({
    ...asRecord(c),
    id: snowflake(),
    application_id: applicationId,
    version: snowflake(),
    ...(guildId ? { guild_id: guildId } : {}),
  })),
});

const ROUTES: Array<[string, RegExp, Route]> = [
  [
    "GET",
    /^\/gateway\/bot$/,
    (_m, _b, s) => ({
      status: 200,
      body: {
        url: s.gatewayUrl(),
        shards: 1,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 14_400_000,
          max_concurrency: 1,
        },
      },
    }),
  ],
  ["POST", /^\/interactions\/(\d+)\/([^/]+)\/callback$/, () => ({ status: 204 })],
  [
    "PATCH",
    /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(?:@original|\d+)$/,
    (m, b, s) => botMessage(s, siteOf(s, m[2]), b, { webhookId: s.world.applicationId }),
  ],
  [
    "POST",
    /^\/webhooks\/(\d+)\/([^/]+)$/,
    (m, b, s) => botMessage(s, siteOf(s, m[2]), b, { webhookId: s.world.applicationId }),
  ],
  [
    "POST",
    /^\/channels\/(\d+)\/messages$/,
    (m, b, s) => {
      const ref = asRecord(asRecord(b).message_reference);
      const guildId =
        m[1] === s.world.channelId || m[1] === s.world.threadId ? s.world.guildId : null;
      const reference = ref.message_id ? { message_id: String(ref.message_id) } : null;
      return botMessage(s, { channelId: m[1] ?? "0", guildId }, b, { messageReference: reference });
    },
  ],
  ["POST", /^\/channels\/(\d+)\/typing$/, () => ({ status: 204 })],
  ["PUT", /^\/applications\/(\d+)\/commands$/, (m, b) => commandsEcho(m[1] ?? "", b)],
  [
    "PUT",
    /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    (m, b) => commandsEcho(m[1] ?? "", b, m[2]),
  ],
];

/** Answers `/api/v10/…` like Discord would, recording every request. */
export async function handleRest(req: IncomingMessage, res: ServerResponse, state: RestState) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const raw = await readBody(req);
  const body = raw && req.headers["content-type"]?.includes("json") ? JSON.parse(raw) : raw || null;
  const route = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
  const outage = state.outage(req.method ?? "GET", route);
  const reply = outage === null ? answer(req, route, body, state) : { status: outage };
  const delay = state.delayMs();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  state.record({
    method: req.method ?? "GET",
    path: url.pathname,
    query: url.searchParams,
    authorization: req.headers.authorization ?? null,
    body,
    status: reply.status,
    response: reply.body ?? null,
  });
  if (reply.status === 0) {
    res.socket?.destroy();
    return;
  }
  res.writeHead(
    reply.status,
    reply.body === undefined ? {} : { "content-type": "application/json" },
  );
  res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

function answer(req: IncomingMessage, route: string, body: unknown, state: RestState): Reply {
  const authorization = req.headers.authorization;
  // Interaction callbacks and webhooks are authorised by their token in the path, not the header.
  if (authorization !== undefined && authorization !== `Bot ${state.token}`) {
    return { status: 401, body: { message: "401: Unauthorized", code: 0 } };
  }
  const problems = messageProblems(messageBody(req.method, route, body));
  if (problems.length > 0) {
    return { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: problems } };
  }
  for (const [method, pattern, handler] of ROUTES) {
    const match = pattern.exec(route);
    if (method === req.method && match) return handler([...match], body, state);
  }
  return { status: 404, body: { message: "404: Not Found", code: 0 } };
}

/** The message inside a request, if it carries one (a callback wraps it in `data`). */
function messageBody(method: string | undefined, route: string, body: unknown) {
  if (method === "POST" && route.endsWith("/callback")) return asRecord(asRecord(body).data);
  return route.includes("/messages") || route.startsWith("/webhooks/") ? asRecord(body) : {};
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
