import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CheckOptions, Report, SourceInput } from '@corroborate/core';
import {
  type Connection,
  createConnection,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { booleanOption, type OptionSpec, parseOptions } from './args.js';
import { CONFIG_FILES, loadConfig } from './config.js';
import { EXIT, errorMessage, UsageError } from './errors.js';
import { LSP_HELP } from './help.js';
import { writeStdout } from './output.js';

const OPTIONS: Record<string, OptionSpec> = {
  stdio: { type: 'boolean' },
  // vscode-languageclient passes its own process id; the server watches the client through `initialize` instead.
  clientProcessId: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** Typing pauses this long before a check: checkDraft reads the whole draft and its sources each time. */
const DEBOUNCE_MS = 300;

// `text` is what Neovim calls plain text.
const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext', 'text']);
const TEXT_LANGUAGES = new Set(['plaintext', 'text']);
const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** A source as the editor addresses it: its file URI, and its text for turning offsets into lines. */
export interface SourceFile {
  uri: string;
  text: TextDocument;
}

const SEVERITY: Readonly<Record<Report['findings'][number]['severity'], DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The diagnostics of one draft report: one per finding with words in the draft, on the first of them, with every
 * source's words as related information. Agreements (`draft/confirmed`) are hints, so that an editor shows what
 * the sources back without listing it among the problems.
 */
export function reportDiagnostics(report: Report, draftId: string, draft: TextDocument, sources: ReadonlyMap<string, SourceFile>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of report.findings) {
    const own = finding.evidence.filter((e) => e.sourceId === draftId);
    const [first, ...more] = own;
    if (!first) continue;
    const related: DiagnosticRelatedInformation[] = [];
    for (const e of more) {
      related.push({ location: { uri: draft.uri, range: { start: draft.positionAt(e.start.offset), end: draft.positionAt(e.end.offset) } }, message: `the draft also says "${e.text}"` });
    }
    for (const e of finding.evidence) {
      const source = e.sourceId === draftId ? undefined : sources.get(e.sourceId);
      if (!source) continue;
      const range = { start: source.text.positionAt(e.start.offset), end: source.text.positionAt(e.end.offset) };
      related.push({ location: { uri: source.uri, range }, message: `${e.sourceId} says "${e.text}"` });
    }
    const diagnostic: Diagnostic = {
      range: { start: draft.positionAt(first.start.offset), end: draft.positionAt(first.end.offset) },
      severity: finding.kind === 'agreement' ? DiagnosticSeverity.Hint : SEVERITY[finding.severity],
      source: 'corroborate',
      code: finding.rule,
      message: finding.message,
    };
    if (related.length) diagnostic.relatedInformation = related;
    out.push(diagnostic);
  }
  return out;
}

/** The sources of the workspace, read once per configuration and re-read when their files change. */
interface Sources {
  /** The folder (or file) read, absolute; undefined when nothing names one. */
  against?: string;
  inputs: SourceInput[];
  files: Map<string, SourceFile>;
  options: CheckOptions;
}

function settingOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('against' in value)) return undefined;
  return typeof value.against === 'string' && value.against.trim() !== '' ? value.against : undefined;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

class Server {
  private root = process.cwd();
  private initOptions: unknown;
  private pushedSettings: unknown;
  private canPull = false;
  private sources: Promise<Sources> = Promise.resolve({ inputs: [], files: new Map(), options: {} });
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly documents = new TextDocuments(TextDocument);

  constructor(private readonly connection: Connection) {}

  start(): void {
    const { connection, documents } = this;
    let dynamicConfig = false;
    let dynamicWatch = false;
    connection.onInitialize((params: InitializeParams) => {
      const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
      const root = folder ? filePath(folder) : undefined;
      if (root) this.root = root;
      this.initOptions = params.initializationOptions;
      const workspace = params.capabilities.workspace;
      this.canPull = workspace?.configuration === true;
      dynamicConfig = workspace?.didChangeConfiguration?.dynamicRegistration === true;
      dynamicWatch = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental }, serverInfo: { name: 'corroborate' } };
    });
    connection.onInitialized(() => {
      if (dynamicConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
      if (dynamicWatch) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown,txt}' }, { globPattern: `**/{${CONFIG_FILES.join(',')}}` }],
        });
      }
      this.reload();
    });
    connection.onDidChangeConfiguration((change) => {
      const settings: unknown = change.settings;
      this.pushedSettings = typeof settings === 'object' && settings !== null && 'corroborate' in settings ? settings.corroborate : undefined;
      this.reload();
    });
    connection.onDidChangeWatchedFiles(async ({ changes }) => {
      const { against } = await this.sources;
      const concerns = changes.some(({ uri }) => {
        const path = filePath(uri);
        if (!path) return false;
        return (CONFIG_FILES as readonly string[]).includes(basename(path)) || (against !== undefined && isInside(path, against));
      });
      if (concerns) this.reload();
    });
    documents.onDidChangeContent(({ document }) => this.schedule(document));
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    documents.listen(connection);
    connection.listen();
  }

  /** The editor's setting wins over the initialization options, which win over the config file. */
  private async editorSetting(): Promise<string | undefined> {
    if (this.canPull) {
      try {
        const pulled: unknown = await this.connection.workspace.getConfiguration({ scopeUri: pathToFileURL(this.root).href, section: 'corroborate' });
        const value = settingOf(pulled);
        if (value !== undefined) return value;
      } catch {
        // A client that announced configuration but cannot answer: fall through to the other settings.
      }
    }
    return settingOf(this.pushedSettings) ?? settingOf(this.initOptions);
  }

  private async readSources(): Promise<Sources> {
    const { connection, root } = this;
    let loaded: Awaited<ReturnType<typeof loadConfig>> = { config: {}, dir: root };
    try {
      loaded = await loadConfig({ disabled: false, cwd: root });
    } catch (error) {
      void connection.window.showWarningMessage(`corroborate: ${errorMessage(error)}; the config file is not used`);
    }
    const setting = await this.editorSetting();
    const against = setting !== undefined ? resolve(root, setting) : loaded.config.against !== undefined ? resolve(loaded.dir, loaded.config.against) : undefined;
    const options: CheckOptions = {};
    if (loaded.config.rules) options.rules = loaded.config.rules;
    if (loaded.config.aliases) options.aliases = loaded.config.aliases;
    if (against === undefined) {
      void connection.window.showInformationMessage('corroborate: no sources to check drafts against; set "corroborate.against" in the editor or "against" in corroborate.config.json');
      return { inputs: [], files: new Map(), options };
    }
    const node = await import('@corroborate/core/node');
    const { readSources } = node;
    const read = await readSources([against], { cwd: root });
    for (const problem of read.problems) connection.console.warn(`corroborate: ${problem.path}: ${problem.reason}`);
    const ignored = node.ignoreMatcher(loaded.config.ignore ?? [], loaded.dir, root);
    const inputs = read.sources.filter((s) => s.path === undefined || ignored?.(s.path) === undefined);
    if (inputs.length === 0) void connection.window.showWarningMessage(`corroborate: no readable sources in ${relative(root, against) || against}`);
    const files = new Map<string, SourceFile>();
    for (const s of inputs) {
      const uri = pathToFileURL(resolve(root, s.path ?? s.id)).href;
      files.set(s.id, { uri, text: TextDocument.create(uri, 'markdown', 0, s.text) });
    }
    connection.console.info(`corroborate: ${inputs.length} source${inputs.length === 1 ? '' : 's'} read from ${against}`);
    return { against, inputs, files, options };
  }

  private reload(): void {
    this.sources = this.readSources();
    for (const document of this.documents.all()) this.schedule(document);
  }

  private schedule(document: TextDocument): void {
    if (!DRAFT_LANGUAGES.has(document.languageId) && !DRAFT_EXTENSIONS.has(extname(document.uri).toLowerCase())) return;
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        this.check(document.uri).catch((error: unknown) => this.connection.console.error(`corroborate: ${document.uri}: ${errorMessage(error)}`));
      }, DEBOUNCE_MS),
    );
  }

  private async check(uri: string): Promise<void> {
    const sources = await this.sources;
    const { checkDraft } = await import('@corroborate/core');
    // Read after the sources: the text may have changed, or the document closed, while they were read.
    const document = this.documents.get(uri);
    if (!document) return;
    const path = filePath(uri);
    // A draft saved inside the sources folder is not its own source.
    const inputs = sources.inputs.filter((s) => path === undefined || s.path === undefined || resolve(this.root, s.path) !== path);
    if (inputs.length === 0) {
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const name = path ? basename(path, extname(path)) : 'draft';
    const ids = new Set(inputs.map((s) => s.id));
    const id = ids.has(name) ? `draft:${name}` : name;
    const draft: SourceInput = { id, text: document.getText(), format: TEXT_LANGUAGES.has(document.languageId) || extname(uri).toLowerCase() === '.txt' ? 'text' : 'markdown' };
    if (path) draft.path = relative(this.root, path) || path;
    const report = checkDraft(draft, inputs, sources.options);
    const notice = report.notices?.find((n) => n.sourceId === id);
    if (notice) this.connection.console.warn(`corroborate: ${draft.path ?? id}: ${notice.message}; the draft cannot be checked`);
    if (this.documents.get(uri)?.version !== document.version) return;
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics: reportDiagnostics(report, id, document, sources.files) });
  }
}

/** `corroborate lsp`: a language server on stdin and stdout, until the client says exit. */
export async function runLsp(args: readonly string[]): Promise<number> {
  const parsed = parseOptions(args, OPTIONS);
  if (booleanOption(parsed, 'help')) {
    await writeStdout(LSP_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 0) {
    throw new UsageError(`lsp takes no paths (got ${parsed.positionals.join(', ')}); the sources come from the "against" setting`);
  }
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  new Server(connection).start();
  // The connection ends the process itself on `exit`, or when the client closes stdin.
  return new Promise<number>(() => undefined);
}
