// The commands the UI calls: generated, with their types, from the Rust declarations
// (bindings.ts, `make bindings`). Nothing here names a command by hand.
export { commands as api } from './bindings';
