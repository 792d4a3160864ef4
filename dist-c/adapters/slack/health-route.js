/** `GET /healthz` for load balancers and uptime checks: documents, ledger size, uptime. */
export function createHealthRoute(health, logger) {
    return {
        path: "/healthz",
        method: ["GET"],
        handler: (_req, res) => {
            let status = 200;
            let body;
            try {
                const info = health();
                // No documents (a missing or empty folder) is not a working bot: load balancers should see it.
                if (info.documents === 0)
                    status = 503;
                body = { status: info.documents === 0 ? "no-documents" : "ok", ...info };
            }
            catch (err) {
                logger.error({ err }, "slack healthz failed");
                status = 503;
                body = { status: "error" };
            }
            res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
            res.end(JSON.stringify(body));
        },
    };
}
//# sourceMappingURL=health-route.js.map