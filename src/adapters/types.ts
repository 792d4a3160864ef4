/** A running platform connection; `stop` finishes in-flight replies before it resolves. */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What `/healthz` reports. */
export interface HealthInfo {
  documents: number;
  ledgerEntries: number;
  uptimeSeconds: number;
}
