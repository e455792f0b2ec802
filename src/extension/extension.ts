// Placeholder until the extension glue lands (being written now); replaced in this session.
export function activate(): void {}
export function deactivate(): void {}
