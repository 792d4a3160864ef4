/** One line per platform: on or off, and why, e.g. "Slack: on (HTTP mode, port 3000)". */
export function platformLines(config) {
    const { slack, discord } = config;
    const threads = slack?.threadFollowups ? ", thread follow-ups on" : "";
    const slackLine = !slack
        ? "Slack: off (SLACK_BOT_TOKEN not set)"
        : slack.appToken
            ? `Slack: on (Socket Mode, SLACK_APP_TOKEN set${threads})`
            : `Slack: on (HTTP mode, port ${slack.port}${threads})`;
    const discordLine = discord
        ? `Discord: on (application ${discord.applicationId})`
        : "Discord: off (DISCORD_TOKEN not set)";
    return [slackLine, discordLine];
}
/** Where the settings came from: the environment, plus `.env` when one was read. */
export function settingsLine(envFile) {
    return envFile ? `Settings: environment and ${envFile}` : "Settings: environment (no .env file)";
}
//# sourceMappingURL=platform-summary.js.map