// Shapes of Discord API objects, as small as discord.js accepts them.

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A real-looking snowflake: increasing, with a timestamp discord.js can read. */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) + counter);
}

export const CHANNEL_TEXT = 0;
export const CHANNEL_DM = 1;
export const CHANNEL_PUBLIC_THREAD = 11;
/** Every permission a bot could need, as Discord sends `permissions` strings. */
export const ALL_PERMISSIONS = "2251799813685247";

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export interface FakeWorld {
  applicationId: string;
  bot: FakeUser;
  guildId: string;
  channelId: string;
  threadId: string;
}

export function user(u: FakeUser) {
  return {
    id: u.id,
    username: u.username,
    global_name: null,
    discriminator: "0",
    avatar: null,
    bot: u.bot ?? false,
  };
}

export function member(u: FakeUser) {
  return {
    user: user(u),
    roles: [],
    joined_at: "2024-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
    premium_since: null,
    communication_disabled_until: null,
    permissions: ALL_PERMISSIONS,
  };
}

export function textChannel(world: FakeWorld) {
  return {
    id: world.channelId,
    type: CHANNEL_TEXT,
    guild_id: world.guildId,
    name: "general",
    position: 0,
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
  };
}

export function thread(world: FakeWorld) {
  return {
    id: world.threadId,
    type: CHANNEL_PUBLIC_THREAD,
    guild_id: world.guildId,
    parent_id: world.channelId,
    name: "a thread",
    owner_id: "1",
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: "2024-01-01T00:00:00.000Z",
      locked: false,
    },
  };
}

export function dmChannel(channelId: string, recipient: FakeUser) {
  return { id: channelId, type: CHANNEL_DM, recipients: [user(recipient)], last_message_id: null };
}

export function guildCreate(world: FakeWorld) {
  return {
    id: world.guildId,
    name: "Test server",
    icon: null,
    owner_id: "1",
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: "2024-01-01T00:00:00.000Z",
    features: [],
    preferred_locale: "en-US",
    roles: [
      {
        id: world.guildId,
        name: "@everyone",
        permissions: ALL_PERMISSIONS,
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    channels: [textChannel(world)].map(({ guild_id: _, ...c }) => c),
    threads: [thread(world)],
    members: [member(world.bot)],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function ready(world: FakeWorld, sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: user(world.bot),
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    application: { id: world.applicationId, flags: 0 },
    shard: [0, 1],
    private_channels: [],
  };
}

export interface MessageShape {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: FakeUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  messageReference?: { message_id: string; channel_id?: string; guild_id?: string } | null;
  webhookId?: string;
  flags?: number;
}

export function message(m: MessageShape) {
  return {
    id: m.id ?? snowflake(),
    channel_id: m.channelId,
    ...(m.guildId ? { guild_id: m.guildId } : {}),
    author: user(m.author),
    content: m.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: m.embeds ?? [],
    components: m.components ?? [],
    pinned: false,
    type: m.messageReference ? 19 : 0,
    flags: m.flags ?? 0,
    ...(m.messageReference ? { message_reference: { type: 0, ...m.messageReference } } : {}),
    ...(m.webhookId ? { webhook_id: m.webhookId } : {}),
  };
}
