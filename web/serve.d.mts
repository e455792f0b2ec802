/** Types for web/serve.mjs (the demo server the tests reuse). */
export declare const ROOT: string;
export declare const DEMO_DIR: string;
export declare const DIST_DIR: string;
export declare const BUNDLE: string;
export declare const EXAMPLE_PACK: string;
export declare const STRICT_CSP: string;
export declare function ensureBuilt(options?: { log?: (line: string) => void }): void;
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export declare function startServer(options?: { dirs?: string[]; port?: number; csp?: string }): Promise<StaticServer>;
