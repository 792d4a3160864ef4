/** The fake workspace: one team, one bot, a few people. */
export const TEAM_ID = "T0FAKE001";
export const APP_ID = "A0FAKE001";
export const BOT_USER_ID = "U0BOT0001";
export const BOT_ID = "B0BOT0001";
export const BOT_TOKEN = "xoxb-1111-2222-fakebottoken";
export const APP_TOKEN = "xapp-1-A0FAKE001-3333-fakeapptoken";
export const SIGNING_SECRET = "fake-signing-secret-0123456789abcdef";
export const ALICE = "U0ALICE01";
export const BOB = "U0BOB0001";
export const CHANNEL = "C0GENERAL1";
export const DM_CHANNEL = "D0ALICEDM1";
