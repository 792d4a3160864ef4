import {
  dmChannel,
  type FakeUser,
  type FakeWorld,
  member,
  message,
  snowflake,
  textChannel,
  thread,
  user,
} from "./payloads.js";
import type { InteractionSite } from "./rest.js";

/** Where an event happens: the server's text channel (default), its thread, or a DM. */
export type Place = "channel" | "thread" | "dm";

export const HUMAN: FakeUser = { id: "300000000000000001", username: "asker" };

/** One DM channel per user, as on Discord. */
export function dmChannelId(u: FakeUser): string {
  return `4${u.id.slice(1)}`;
}

export function siteOf(world: FakeWorld, place: Place, u: FakeUser): InteractionSite {
  if (place === "dm") return { channelId: dmChannelId(u), guildId: null };
  const channelId = place === "thread" ? world.threadId : world.channelId;
  return { channelId, guildId: world.guildId };
}

function channelOf(world: FakeWorld, place: Place, u: FakeUser) {
  if (place === "dm") return dmChannel(dmChannelId(u), u);
  return place === "thread" ? thread(world) : textChannel(world);
}

export interface InteractionShape {
  type: number;
  data: object;
  place: Place;
  user: FakeUser;
  /** Fields to add or override (a `locale`, the clicked `message`). */
  extra?: object;
}

/** An INTERACTION_CREATE with every field discord.js requires (it throws without them). */
export function interactionCreate(world: FakeWorld, shape: InteractionShape) {
  const id = snowflake();
  const token = `interaction-token-${id}`;
  const site = siteOf(world, shape.place, shape.user);
  const inGuild = site.guildId !== null;
  const where = inGuild
    ? {
        guild_id: world.guildId,
        guild: { id: world.guildId, locale: "en-US", features: [] },
        member: member(shape.user),
        guild_locale: "en-US",
      }
    : { user: user(shape.user) };
  const payload = {
    id,
    application_id: world.applicationId,
    type: shape.type,
    token,
    version: 1,
    data: shape.data,
    channel_id: site.channelId,
    channel: channelOf(world, shape.place, shape.user),
    ...where,
    app_permissions: "2251799813685247",
    locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": inGuild ? world.guildId : "0" },
    context: inGuild ? 0 : 1,
    attachment_size_limit: 10_485_760,
    ...shape.extra,
  };
  return { id, token, site, payload };
}

export interface MessageOptions {
  content: string;
  author?: FakeUser;
  place?: Place;
  /** The message this one replies to. */
  replyTo?: string;
}

/** A MESSAGE_CREATE as the gateway sends it: `member` in servers, `channel_type` in DMs. */
export function messageCreate(world: FakeWorld, o: MessageOptions) {
  const author = o.author ?? HUMAN;
  const site = siteOf(world, o.place ?? "channel", author);
  const payload = message({
    ...site,
    author,
    content: o.content,
    messageReference: o.replyTo ? { message_id: o.replyTo, channel_id: site.channelId } : null,
  });
  const extra = site.guildId ? { member: member(author) } : { channel_type: 1 };
  return { ...payload, ...extra };
}
