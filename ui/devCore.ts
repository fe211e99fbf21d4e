/// <reference types="node" />
// The real core for the UI outside the app: `waypoint dev answer` (the command line, built on
// the core alone) answers each command. The UI's tests call it directly (src/test/core.ts);
// in a plain browser (`npm run dev`, `vite preview` of a `--mode mock` build) this plugin
// serves it at /__waypoint/answer, on a showcase journal or an empty one in a temp folder.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { ANSWER_PATH } from './src/dev/answerPath.ts';

/** The command line built in the repository at `root` (where `cargo build` puts it). */
export function waypointBin(root: string): string {
  return join(resolve(root, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'waypoint');
}

/** Set by vite.config.ts for the dev server and, through `test.env`, for the tests. */
const bin = () => process.env.WAYPOINT_BIN ?? waypointBin('..');

/** The command line, in UTC, on the journal in `dir`. */
function command(dir: string, args: string[]): [string, string[], { encoding: 'utf8'; env: NodeJS.ProcessEnv }] {
  const BIN = bin();
  if (!existsSync(BIN)) {
    throw new Error(`The UI runs against the core's command line, ${BIN}, which is not built: run \`cargo build -p waypoint --bin waypoint\` (make ui-test does).`);
  }
  return [BIN, ['--data-dir', dir, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }];
}

/** Runs `waypoint` synchronously and returns what it printed; `input` is its standard input. */
export function runWaypoint(dir: string, args: string[], input?: string): string {
  const [bin, argv, options] = command(dir, args);
  return execFileSync(bin, argv, { ...options, input });
}

function answerer(): Connect.NextHandleFunction {
  const journals = new Map<string, string>();
  const journal = (name: string) => {
    let dir = journals.get(name);
    if (!dir) {
      dir = mkdtempSync(join(tmpdir(), `waypoint-dev-${name}-`));
      if (name !== 'empty') runWaypoint(dir, ['dev', 'showcase']);
      journals.set(name, dir);
    }
    return dir;
  };
  return (req, res, next) => {
    if (req.method !== 'POST' || req.url !== ANSWER_PATH) return next();
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('Content-Type', 'application/json');
      const fail = (message: string) => res.end(JSON.stringify({ err: { kind: 'storage', message } }));
      try {
        const { cmd, args, journal: name } = JSON.parse(body) as { cmd: string; args: unknown; journal: string };
        const [bin, argv, options] = command(journal(name === 'empty' ? 'empty' : 'showcase'), ['dev', 'answer', cmd, JSON.stringify(args ?? {})]);
        execFile(bin, argv, options, (error, stdout, stderr) => (error ? fail(`waypoint dev answer failed: ${stderr || error.message}`) : res.end(stdout)));
      } catch (e) {
        // A malformed request or an unbuilt command line: say so to the page, keep the server up.
        fail(e instanceof Error ? e.message : String(e));
      }
    });
  };
}

/** Serves the core to the page in `vite` and `vite preview`. */
export function waypointCore(): Plugin {
  return {
    name: 'waypoint-core',
    configureServer: (server) => void server.middlewares.use(answerer()),
    configurePreviewServer: (server) => void server.middlewares.use(answerer()),
  };
}
