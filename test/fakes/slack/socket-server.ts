import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { APP_ID } from "./identity.js";
import { createRecorder, type Recorder } from "./recorder.js";

/** An acknowledgement the client sent back: `{ envelope_id, payload }`. */
export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export type EnvelopeType = "events_api" | "slash_commands" | "interactive";

export interface FakeSocketServer {
  /** What `apps.connections.open` should return. */
  readonly url: string;
  readonly acks: Recorder<Ack>;
  /** How many connections have said hello so far (reconnects count). */
  connections(): number;
  waitForConnections(count: number): Promise<void>;
  /** Sends an envelope to the newest open connection and resolves with its ack. */
  send(type: EnvelopeType, payload: object, options?: { retryAttempt?: number }): Promise<Ack>;
  /** Drops every connection without a close frame, as a network failure would. */
  dropAll(): void;
  close(): Promise<void>;
}

const SERVER_PING_MS = 5_000;

/** A Socket Mode server on 127.0.0.1: says hello, sends envelopes, records acks, pings like Slack. */
export async function startFakeSocketServer(): Promise<FakeSocketServer> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const { port } = wss.address() as AddressInfo;
  const acks = createRecorder<Ack>((a) => `ack ${a.envelope_id}`);
  const hellos = createRecorder<WebSocket>(() => "connection");
  let envelopes = 0;

  wss.on("connection", (socket) => {
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as Ack;
      if (typeof message.envelope_id === "string") acks.add(message);
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: wss.clients.size,
        debug_info: { host: "fake-slack", approximate_connection_time: 18060 },
        connection_info: { app_id: APP_ID },
      }),
    );
    hellos.add(socket);
  });
  const pinger = setInterval(() => {
    for (const client of wss.clients) client.ping();
  }, SERVER_PING_MS);
  pinger.unref();

  const newestOpen = (): WebSocket => {
    const open = hellos.items.filter((s) => s.readyState === s.OPEN);
    const socket = open[open.length - 1];
    if (!socket) throw new Error("fake socket server: no open connection");
    return socket;
  };

  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=fake-ticket&app_id=${APP_ID}`,
    acks,
    connections: () => hellos.items.length,
    waitForConnections: async (count) => {
      await hellos.waitFor(() => true, count);
    },
    async send(type, payload, options = {}) {
      envelopes += 1;
      const envelopeId = `env-${envelopes}`;
      const envelope = {
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        ...(type === "events_api"
          ? {
              retry_attempt: options.retryAttempt ?? 0,
              retry_reason: options.retryAttempt ? "timeout" : "",
            }
          : {}),
      };
      newestOpen().send(JSON.stringify(envelope));
      const [ack] = await acks.waitFor((a) => a.envelope_id === envelopeId);
      if (!ack) throw new Error(`no ack for ${envelopeId}`);
      return ack;
    },
    dropAll() {
      for (const client of wss.clients) client.terminate();
    },
    close() {
      clearInterval(pinger);
      for (const client of wss.clients) client.terminate();
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
