// The Discord adapter: the real discord.js client, slash commands, embeds and abuse limits around `ask`.
export { createDiscordAdapter, INTENTS } from "./adapter.js";
export { COMMANDS } from "./commands.js";
export { registerCommands, runRegister } from "./register.js";
export * from "./render.js";
//# sourceMappingURL=index.js.map