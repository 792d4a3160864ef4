import { performance } from "node:perf_hooks";
import { Events } from "discord.js";
import { createBoundedMap } from "../bounded-map.js";
const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback(?:\?|$)/;
// Interactions whose first response is still to come; beyond this the oldest are no longer timed.
const PENDING_MAX = 10_000;
/**
 * Times the bot's share of Discord's 3-second budget for an interaction's first response, where the
 * network and the machine's other load cannot stretch it: from discord.js handing the bot the
 * interaction to the bot sending its callback.
 */
export function createCallbackTimer(report) {
    const arrived = createBoundedMap(PENDING_MAX);
    return {
        watch(client) {
            client.on(Events.InteractionCreate, (interaction) => {
                arrived.set(interaction.id, performance.now());
            });
        },
        wrap(inner) {
            return (url, init) => {
                const id = CALLBACK.exec(url)?.[1];
                const at = id === undefined ? undefined : arrived.get(id);
                if (id !== undefined && at !== undefined) {
                    arrived.delete(id);
                    report(performance.now() - at);
                }
                return inner(url, init);
            };
        },
    };
}
//# sourceMappingURL=callback-timer.js.map