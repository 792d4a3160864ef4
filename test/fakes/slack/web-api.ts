import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BOT_ID, BOT_USER_ID, TEAM_ID } from "./identity.js";
import { createRecorder, type Recorder } from "./recorder.js";

/** One Web API call as the fake received it; form fields holding JSON (blocks) are parsed. */
export interface ApiCall {
  method: string;
  token: string | null;
  body: Record<string, unknown>;
}

/** One POST to a `response_url` (Bolt's `respond`). */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeWebApiOptions {
  botToken: string;
  appToken?: string;
}

export interface FakeWebApi {
  /** The value for SLACK_API_URL / `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  readonly calls: Recorder<ApiCall>;
  readonly responses: Recorder<ResponsePost>;
  /** A fresh `response_url` on this server. */
  responseUrl(id: string): string;
  /** What `apps.connections.open` hands out. */
  setSocketUrl(url: string): void;
  /** The next call of `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void;
  /** The next call of `method` is recorded at once but answered only once `release` settles (a slow Slack). */
  holdNext(method: string, release: Promise<void>): void;
  /**
   * The next `times` calls of `method` answer HTTP `status` (an outage), or have their connection cut
   * when `status` is 0; they are recorded in `refused`. The method "response" stands for every response_url.
   */
  failStatus(method: string, status: number, times: number): void;
  readonly refused: Recorder<ApiCall>;
  close(): Promise<void>;
}

/** A fake Slack Web API on 127.0.0.1 that records every call and answers like Slack would. */
export async function startFakeWebApi(options: FakeWebApiOptions): Promise<FakeWebApi> {
  const calls = createRecorder<ApiCall>(
    (c) => `${c.method} ${JSON.stringify(c.body).slice(0, 200)}`,
  );
  const responses = createRecorder<ResponsePost>(
    (r) => `response ${r.id} ${JSON.stringify(r.body)}`,
  );
  const failures = new Map<string, string>();
  const holds = new Map<string, Promise<void>>();
  const outages = new Map<string, { status: number; times: number }>();
  const refused = createRecorder<ApiCall>((c) => `refused ${c.method}`);
  let socketUrl: string | null = null;
  let ts = 0;

  const answer = (call: ApiCall): Record<string, unknown> => {
    const failure = failures.get(call.method);
    if (failure) {
      failures.delete(call.method);
      return { ok: false, error: failure };
    }
    const wanted = call.method === "apps.connections.open" ? options.appToken : options.botToken;
    if (call.token !== wanted) return { ok: false, error: "invalid_auth" };
    switch (call.method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "gms",
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        };
      case "chat.postMessage":
        ts += 1;
        return {
          ok: true,
          channel: call.body.channel,
          ts: `1700000000.${String(ts).padStart(6, "0")}`,
          message: { text: call.body.text, bot_id: BOT_ID, user: BOT_USER_ID },
        };
      case "chat.postEphemeral":
        return { ok: true, message_ts: "1700000000.999999" };
      case "chat.update":
        return { ok: true, channel: call.body.channel, ts: call.body.ts };
      case "views.open":
        return { ok: true, view: { id: "V0FAKE0001", callback_id: "view" } };
      case "apps.connections.open":
        return socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: "no_socket_server" };
      default:
        return { ok: false, error: "unknown_method" };
    }
  };

  /** True when an outage of the call's method takes it: answered with the outage's status or cut. */
  const refuse = (call: ApiCall, res: ServerResponse): boolean => {
    const outage = outages.get(call.method);
    if (!outage || outage.times <= 0) return false;
    outage.times -= 1;
    refused.add(call);
    if (outage.status === 0) res.socket?.destroy();
    else res.writeHead(outage.status, { "content-type": "text/plain" }).end("unavailable");
    return true;
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      res.writeHead(500).end();
    });
  });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    if (path.startsWith("/response/")) {
      const id = path.slice("/response/".length);
      if (refuse({ method: "response", token: null, body: { id } }, res)) return;
      responses.add({ id, body: JSON.parse(raw || "{}") });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    const method = path.replace(/^\/api\//, "");
    const body = parseBody(raw, req.headers["content-type"] ?? "");
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ")
      ? auth.slice(7)
      : typeof body.token === "string"
        ? body.token
        : null;
    const call: ApiCall = { method, token, body };
    if (refuse(call, res)) return;
    const reply = answer(call);
    calls.add(call);
    const hold = holds.get(method);
    if (hold) {
      holds.delete(method);
      await hold;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    apiUrl: `${base}/api/`,
    calls,
    responses,
    responseUrl: (id) => `${base}/response/${id}`,
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    failNext: (method, error) => {
      failures.set(method, error);
    },
    holdNext: (method, release) => {
      holds.set(method, release);
    },
    failStatus: (method, status, times) => {
      outages.set(method, { status, times });
    },
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

// The Web API client sends these as JSON inside form fields.
const JSON_FIELDS = new Set(["blocks", "attachments", "metadata"]);

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType.startsWith("application/json")) return JSON.parse(raw);
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return out;
}
