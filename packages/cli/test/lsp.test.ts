import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  type MessageConnection,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { BIN, cleanEnv } from './helpers.js';

// Invented reports of one invented fire: both sources say 12, the draft says 15.
const WIRE_A = 'Firefighters said 12 people were injured when a warehouse fire broke out in Dunmore on Tuesday.\n\nThe fire chief, Ellen Park, said the blaze began in the loading bay.\n';
const WIRE_B = 'A warehouse fire in Dunmore injured 12 people on Tuesday, firefighters said.\n\nFire chief Ellen Park said the blaze began in the loading bay.\n';
const DRAFT = '# Warehouse fire\n\nFirefighters said 15 people were injured when a warehouse fire broke out in Dunmore on Tuesday.\n';

/** Bounds every wait, so that a server that never answers fails the test instead of hanging it. */
const WAIT_MS = 10_000;

interface Session {
  child: ChildProcessWithoutNullStreams;
  client: MessageConnection;
  stderr: () => string;
  /** The next diagnostics published for `uri` that `accept` takes. */
  diagnostics: (uri: string, accept?: (p: PublishDiagnosticsParams) => boolean) => Promise<PublishDiagnosticsParams>;
  exited: Promise<number | null>;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-lsp-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function startServer(cwd: string): Session {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiting: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const index = waiting.findIndex((w) => w.uri === params.uri && w.accept(params));
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(params);
    else published.push(params);
  });
  client.onRequest(RegistrationRequest.type, () => null);
  client.listen();
  cleanups.push(() => {
    client.dispose();
    if (child.exitCode === null) child.kill();
  });
  return {
    child,
    client,
    stderr: () => stderr,
    exited,
    diagnostics: (uri, accept = () => true) => {
      const index = published.findIndex((p) => p.uri === uri && accept(p));
      if (index >= 0) return Promise.resolve(published.splice(index, 1)[0] as PublishDiagnosticsParams);
      return within(new Promise((resolve) => waiting.push({ uri, accept, resolve })), `diagnostics for ${uri}`);
    },
  };
}

function at(text: string, words: string, line: number): { line: number; character: number } {
  const lineStart = text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  return { line, character: text.indexOf(words, lineStart) - lineStart };
}

function errors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
}

async function shutDown(session: Session): Promise<void> {
  await within(session.client.sendRequest(ShutdownRequest.type), 'shutdown');
  await session.client.sendNotification(ExitNotification.type);
  expect(await within(session.exited, 'exit')).toBe(0);
}

describe('corroborate lsp', () => {
  it('publishes a contradicted figure with the sources as related information, and clears it once fixed', async () => {
    const root = workspace({ 'wires/wire-a.md': WIRE_A, 'wires/wire-b.md': WIRE_B, 'story.md': DRAFT });
    const session = startServer(root);
    const { client } = session;
    const rootUri = pathToFileURL(root).href;
    const init = await within(
      client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'desk' }], initializationOptions: { against: 'wires' } }),
      'initialize',
    );
    expect(init.serverInfo?.name).toBe('corroborate');
    await client.sendNotification(InitializedNotification.type, {});

    const uri = pathToFileURL(join(root, 'story.md')).href;
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const first = await session.diagnostics(uri, (p) => p.version === 1);
    const [error, ...more] = errors(first.diagnostics);
    expect(more).toEqual([]);
    expect(error).toMatchObject({
      source: 'corroborate',
      code: 'draft/contradicted',
      severity: DiagnosticSeverity.Error,
      range: { start: { line: 2, character: 18 }, end: { line: 2, character: 27 } },
    });
    expect(at(DRAFT, '15 people', 2)).toEqual({ line: 2, character: 18 });
    expect(error?.message).toContain('"15 people"');
    expect(error?.relatedInformation).toEqual([
      { location: { uri: pathToFileURL(join(root, 'wires/wire-a.md')).href, range: { start: at(WIRE_A, '12 people', 0), end: { line: 0, character: at(WIRE_A, '12 people', 0).character + 9 } } }, message: 'wire-a says "12 people"' },
      { location: { uri: pathToFileURL(join(root, 'wires/wire-b.md')).href, range: { start: at(WIRE_B, '12 people', 0), end: { line: 0, character: at(WIRE_B, '12 people', 0).character + 9 } } }, message: 'wire-b says "12 people"' },
    ]);
    // What the sources back is a hint, not a problem.
    expect(first.diagnostics.filter((d) => d.code === 'draft/confirmed').map((d) => d.severity)).toContain(DiagnosticSeverity.Hint);

    // The writer fixes the figure: "15" becomes "12" in place.
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 18 }, end: { line: 2, character: 20 } }, text: '12' }],
    });
    const second = await session.diagnostics(uri, (p) => p.version === 2);
    expect(errors(second.diagnostics)).toEqual([]);
    const confirmed = second.diagnostics.find((d) => d.code === 'draft/confirmed' && d.range.start.line === 2 && d.range.start.character === 18);
    expect(confirmed?.severity).toBe(DiagnosticSeverity.Hint);
    expect(confirmed?.message).toContain('"12 people"');

    await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    expect((await session.diagnostics(uri)).diagnostics).toEqual([]);
    await shutDown(session);
    expect(session.stderr()).toBe('');
  }, 40_000);

  it('takes the sources from the config file and reads them again when they change', async () => {
    const root = workspace({ 'corroborate.config.json': '{ "against": "wires" }', 'wires/wire-a.md': WIRE_A, 'wires/wire-b.md': WIRE_B });
    const session = startServer(root);
    const { client } = session;
    const rootUri = pathToFileURL(root).href;
    // A client with pull configuration that has no corroborate setting: the config file decides.
    client.onRequest('workspace/configuration', () => [null]);
    await within(
      client.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      }),
      'initialize',
    );
    await client.sendNotification(InitializedNotification.type, {});

    // An unsaved plain-text draft: no file, so no file name to take its id from.
    const uri = 'untitled:Untitled-1';
    const text = DRAFT.replace('# Warehouse fire\n\n', '');
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const [error] = errors((await session.diagnostics(uri, (p) => p.version === 1)).diagnostics);
    expect(error?.range.start).toEqual({ line: 0, character: 18 });

    // The wires are corrected to 15: the draft now agrees with them.
    writeFileSync(join(root, 'wires/wire-a.md'), WIRE_A.replace('12', '15'));
    writeFileSync(join(root, 'wires/wire-b.md'), WIRE_B.replace('12', '15'));
    await client.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: ['wire-a.md', 'wire-b.md'].map((name) => ({ uri: pathToFileURL(join(root, 'wires', name)).href, type: FileChangeType.Changed })),
    });
    const after = await session.diagnostics(uri, (p) => errors(p.diagnostics).length === 0);
    expect(after.diagnostics.find((d) => d.range.start.line === 0 && d.range.start.character === 18)?.code).toBe('draft/confirmed');
    await shutDown(session);
  }, 40_000);
});
