export declare const uuid: (n: number) => string;
export declare const KNOWN_EVENTS: Array<Record<string, unknown> & { id: string }>;
export declare function postKnownEvents(endpoint: string, size?: number): Promise<void>;
