import { EventEmitter } from "node:events";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { type FakeWorld, guildCreate, ready, snowflake } from "./payloads.js";

const OP_DISPATCH = 0;
const OP_HEARTBEAT = 1;
const OP_IDENTIFY = 2;
const OP_RESUME = 6;
const OP_HELLO = 10;
const OP_HEARTBEAT_ACK = 11;

/** Short, so heartbeats really happen during a test run. */
export const HEARTBEAT_INTERVAL_MS = 1500;

export interface GatewayRecord {
  /** Each connection's URL as requested (`/?v=10&encoding=json`). */
  connectUrls: string[];
  identifies: Array<Record<string, unknown>>;
  resumes: Array<Record<string, unknown>>;
  heartbeats: number;
}

/**
 * A gateway that speaks plain JSON frames (what @discordjs/ws uses without zlib-sync):
 * HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME → RESUMED.
 */
export function createFakeGateway(world: FakeWorld, url: () => string) {
  const wss = new WebSocketServer({ noServer: true });
  const events = new EventEmitter();
  const record: GatewayRecord = { connectUrls: [], identifies: [], resumes: [], heartbeats: 0 };
  const live = new Set<WebSocket>();
  let seq = 0;
  const sessionId = snowflake();

  const send = (socket: WebSocket, payload: object) => socket.send(JSON.stringify(payload));
  const dispatchTo = (socket: WebSocket, t: string, d: unknown) =>
    send(socket, { op: OP_DISPATCH, t, s: ++seq, d });

  const onFrame = (socket: WebSocket, frame: { op: number; d: Record<string, unknown> }) => {
    if (frame.op === OP_HEARTBEAT) {
      record.heartbeats++;
      send(socket, { op: OP_HEARTBEAT_ACK });
    } else if (frame.op === OP_IDENTIFY) {
      record.identifies.push(frame.d);
      dispatchTo(socket, "READY", ready(world, sessionId, url()));
      dispatchTo(socket, "GUILD_CREATE", guildCreate(world));
      live.add(socket);
      events.emit("identify");
    } else if (frame.op === OP_RESUME) {
      record.resumes.push(frame.d);
      dispatchTo(socket, "RESUMED", {});
      live.add(socket);
      events.emit("resume");
    }
  };

  wss.on("connection", (socket: WebSocket, req: IncomingMessage) => {
    record.connectUrls.push(req.url ?? "");
    socket.on("message", (data) => onFrame(socket, JSON.parse(String(data))));
    socket.on("close", () => live.delete(socket));
    send(socket, { op: OP_HELLO, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS } });
  });

  return {
    record,
    events,
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    },
    /** Sends an event to every identified (or resumed) connection. */
    dispatch(t: string, d: unknown) {
      if (live.size === 0) throw new Error(`fake gateway: no live connection for ${t}`);
      for (const socket of live) dispatchTo(socket, t, d);
    },
    /** Cuts every connection without a close frame, as a network failure would. */
    drop() {
      for (const socket of wss.clients) socket.terminate();
      live.clear();
    },
    close() {
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}

export type FakeGateway = ReturnType<typeof createFakeGateway>;
