import { APP_ID, BOT_USER_ID, TEAM_ID } from "./identity.js";

let counter = 0;
/** A fresh message timestamp, as Slack writes them. */
export function nextTs(): string {
  counter += 1;
  return `1710000000.${String(counter).padStart(6, "0")}`;
}

/** The Events API wrapper around one event. */
export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${nextTs().replace(".", "")}`,
) {
  return {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event: { event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: eventId,
    event_time: 1710000000,
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

export interface MessageFields {
  user: string;
  text: string;
  channel: string;
  ts?: string;
  threadTs?: string;
  botId?: string;
  subtype?: string;
}

export function appMention(f: MessageFields) {
  return { type: "app_mention", client_msg_id: `msg-${nextTs()}`, ...messageFields(f) };
}

export function directMessage(f: MessageFields) {
  return {
    type: "message",
    channel_type: "im",
    client_msg_id: `msg-${nextTs()}`,
    ...messageFields(f),
  };
}

/** A message in a public channel, as `message.channels` delivers it (e.g. a reply in a thread). */
export function channelMessage(f: MessageFields) {
  return {
    type: "message",
    channel_type: "channel",
    client_msg_id: `msg-${nextTs()}`,
    ...messageFields(f),
  };
}

function messageFields(f: MessageFields) {
  return {
    user: f.user,
    text: f.text,
    channel: f.channel,
    ts: f.ts ?? nextTs(),
    team: TEAM_ID,
    ...(f.threadTs ? { thread_ts: f.threadTs } : {}),
    ...(f.botId ? { bot_id: f.botId } : {}),
    ...(f.subtype ? { subtype: f.subtype } : {}),
  };
}

/** A slash command's fields (Slack sends them as a form over HTTP, as JSON over Socket Mode). */
export function slashCommand(f: {
  text: string;
  user: string;
  channel: string;
  responseUrl: string;
}) {
  return {
    token: "legacy-verification-token",
    team_id: TEAM_ID,
    team_domain: "fake",
    channel_id: f.channel,
    channel_name: "general",
    user_id: f.user,
    user_name: "alice",
    command: "/gms",
    text: f.text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: f.responseUrl,
    trigger_id: `trigger-${nextTs()}`,
  };
}

/** A `block_actions` payload for one button click. */
export function buttonClick(f: {
  actionId: string;
  value: string;
  user: string;
  channel: string;
  responseUrl: string;
}) {
  return {
    type: "block_actions",
    user: { id: f.user, username: "alice", name: "alice", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: "1700000000.000001",
      channel_id: f.channel,
      is_ephemeral: true,
    },
    trigger_id: `trigger-${nextTs()}`,
    team: { id: TEAM_ID, domain: "fake" },
    channel: { id: f.channel, name: "general" },
    response_url: f.responseUrl,
    actions: [
      {
        action_id: f.actionId,
        block_id: "answer-actions",
        text: { type: "plain_text", text: "button", emoji: true },
        value: f.value,
        type: "button",
        action_ts: "1700000001.000001",
      },
    ],
  };
}

/** A `view_submission` payload: the modal `callbackId` sent with one plain-text input's value. */
export function viewSubmission(f: {
  user: string;
  callbackId: string;
  privateMetadata: string;
  block: string;
  action: string;
  value: string;
}) {
  return {
    type: "view_submission",
    team: { id: TEAM_ID, domain: "fake" },
    user: { id: f.user, username: "alice", name: "alice", team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: "legacy-verification-token",
    trigger_id: `trigger-${nextTs()}`,
    view: {
      id: "V0FAKE0001",
      type: "modal",
      callback_id: f.callbackId,
      private_metadata: f.privateMetadata,
      state: {
        values: { [f.block]: { [f.action]: { type: "plain_text_input", value: f.value } } },
      },
      hash: "1700000000.abc",
    },
    response_urls: [],
  };
}

/** The form body Slack posts for a slash command or an interaction. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export function interactionBody(payload: object): string {
  return formBody({ payload: JSON.stringify(payload) });
}
