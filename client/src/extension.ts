// Placeholder replaced by the client implementation.
export function activate(): void {}
