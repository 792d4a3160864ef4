// A fake Discord on 127.0.0.1 (REST API + gateway) that drives the real discord.js client in tests.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  HUMAN,
  interactionCreate,
  type MessageOptions,
  messageCreate,
  type Place,
} from "./events.js";
import { createFakeGateway } from "./gateway.js";
import { type FakeUser, type FakeWorld, message, snowflake } from "./payloads.js";
import { createRecorder } from "./recorder.js";
import { handleRest, type InteractionSite, type RestState } from "./rest.js";

export { HUMAN, type MessageOptions, type Place } from "./events.js";
export { type FakeUser, snowflake } from "./payloads.js";
export type { RecordedRequest } from "./rest.js";

/** Which REST requests an outage takes: method and route without `/api/v10`. */
export type OutageMatch = (method: string, route: string) => boolean;

export interface FakeDiscordOptions {
  /** The bot token the fake accepts; any other gets a 401. */
  token: string;
}

export interface SlashOptions {
  name: string;
  options?: Array<{ name: string; type: number; value: string }>;
  user?: FakeUser;
  place?: Place;
  locale?: string;
}

const WORLD: FakeWorld = {
  applicationId: "100000000000000001",
  bot: { id: "100000000000000001", username: "GMS", bot: true },
  guildId: "200000000000000001",
  channelId: "200000000000000002",
  threadId: "200000000000000003",
};

export async function createFakeDiscord(options: FakeDiscordOptions) {
  const world = WORLD;
  const recorder = createRecorder();
  const interactions = new Map<string, InteractionSite>();
  let origin = "";
  let delayMs = 0;
  let outage: { status: number; times: number; match: OutageMatch } | null = null;
  const wsUrl = () => origin.replace("http", "ws");
  const gateway = createFakeGateway(world, wsUrl);
  const state: RestState = {
    world,
    token: options.token,
    delayMs: () => delayMs,
    gatewayUrl: wsUrl,
    interactions,
    record: recorder.record,
    outage(method, route) {
      if (!outage || outage.times <= 0 || !outage.match(method, route)) return null;
      outage.times -= 1;
      return outage.status;
    },
  };
  const server = createServer((req, res) => void handleRest(req, res, state));
  server.on("upgrade", (req, socket, head) => gateway.upgrade(req, socket, head));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Dispatches an INTERACTION_CREATE; returns its id and token. */
  const interact = (type: number, data: object, place: Place, user: FakeUser, extra = {}) => {
    const { id, token, site, payload } = interactionCreate(world, {
      type,
      data,
      place,
      user,
      extra,
    });
    interactions.set(token, site);
    gateway.dispatch("INTERACTION_CREATE", payload);
    return { id, token };
  };

  return {
    world,
    apiUrl: `${origin}/api`,
    requests: recorder.requests,
    waitForRequest: recorder.waitFor,
    gateway,
    /**
     * The next `times` REST requests that `match` (all by default) answer `status` with no body, or have
     * their connection cut when `status` is 0; they are recorded with that status.
     */
    failRequests(status: number, times: number, match: OutageMatch = () => true) {
      outage = { status, times, match };
    },
    /** Delays every REST response from now on. */
    delayResponses(ms: number) {
      delayMs = ms;
    },
    slash(o: SlashOptions) {
      const data = { id: snowflake(), name: o.name, type: 1, options: o.options ?? [] };
      const locale = o.locale ? { locale: o.locale } : {};
      return interact(2, data, o.place ?? "channel", o.user ?? HUMAN, locale);
    },
    /** A click on a button of the bot's message `messageId` in the server's channel. */
    click(customId: string, messageId: string, user: FakeUser = HUMAN) {
      const data = { custom_id: customId, component_type: 2 };
      const clicked = message({
        id: messageId,
        channelId: world.channelId,
        guildId: world.guildId,
        author: world.bot,
      });
      return interact(3, data, "channel", user, { message: clicked });
    },
    /** A modal submitted: `customId` with one text input's value, from the server's channel. */
    submitModal(customId: string, inputId: string, value: string, user: FakeUser = HUMAN) {
      const data = {
        custom_id: customId,
        components: [{ type: 1, components: [{ type: 4, custom_id: inputId, value }] }],
      };
      return interact(5, data, "channel", user);
    },
    /** Dispatches a MESSAGE_CREATE; returns the message's id. */
    say(o: MessageOptions): string {
      const payload = messageCreate(world, o);
      gateway.dispatch("MESSAGE_CREATE", payload);
      return payload.id;
    },
    async close() {
      gateway.close();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof createFakeDiscord>>;
