import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { type Config, parseConfig } from '@corroborate/core';
import { lilconfig, type Loader } from 'lilconfig';
import { errorCode, errorMessage, InputError } from './errors.js';

/** Where a config is looked for, in each directory from the working directory up. */
export const CONFIG_FILES = ['package.json', 'corroborate.config.json', '.corroboraterc.json'] as const;

export interface LoadedConfig {
  config: Config;
  /** The file it came from, as the user would recognise it; undefined when none was found or --no-config. */
  path?: string;
  /** Where ignore patterns are relative to. */
  dir: string;
}

/** Thrown from inside a loader, so that lilconfig's own error text never reaches the user. */
class ConfigFileError extends Error {}

function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function jsonLine(error: unknown): string {
  // V8 says "Unexpected token } in JSON at position 42"; the position is what the user needs.
  return errorMessage(error).replace(/^JSON\.parse: /, '');
}

function parseJson(filepath: string, content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new ConfigFileError(`${display(filepath, process.cwd())}: not valid JSON (${jsonLine(error)})`);
  }
}

const loadJson: Loader = parseJson;

const refuseCode: Loader = (filepath) => {
  throw new ConfigFileError(`${display(filepath, process.cwd())}: a config file is JSON (corroborate.config.json, .corroboraterc.json or package.json#corroborate)`);
};

const explorer = lilconfig('corroborate', {
  searchPlaces: [...CONFIG_FILES],
  loaders: { '.json': loadJson, noExt: loadJson, '.js': refuseCode, '.mjs': refuseCode, '.cjs': refuseCode },
});

/**
 * The config for this run: `--config FILE`, else the first of CONFIG_FILES found from `cwd` upwards, else none.
 * A file that is missing, not JSON or not valid is one line naming the file and the key, exit 2.
 */
export async function loadConfig(options: { file?: string | undefined; disabled: boolean; cwd: string }): Promise<LoadedConfig> {
  const { cwd } = options;
  if (options.disabled) return { config: {}, dir: cwd };
  let result: Awaited<ReturnType<typeof explorer.search>>;
  try {
    if (options.file !== undefined) {
      const file = resolve(cwd, options.file);
      // lilconfig reads package.json only for its "corroborate" key; any other file is the config itself.
      if (basename(file) === 'package.json') {
        const pkg = parseJson(file, await readFile(file, 'utf8')) as Record<string, unknown> | null;
        const own = pkg && typeof pkg === 'object' ? pkg['corroborate'] : undefined;
        if (own === undefined) throw new ConfigFileError(`${display(file, cwd)}: no "corroborate" key`);
        result = { filepath: file, config: own };
      } else {
        result = await explorer.load(file);
      }
    } else {
      result = await explorer.search(cwd);
    }
  } catch (error) {
    if (error instanceof ConfigFileError) throw new InputError(error.message);
    const where = options.file ?? 'config';
    if (errorCode(error) === 'ENOENT') throw new InputError(`${where}: no such file`);
    if (errorCode(error) === 'EISDIR') throw new InputError(`${where}: is a directory`);
    throw new InputError(`${where}: cannot read (${errorCode(error) ?? errorMessage(error)})`);
  }
  if (!result) return { config: {}, dir: cwd };
  const path = display(result.filepath, cwd);
  if (result.isEmpty || result.config === undefined || result.config === null) {
    if (options.file !== undefined) throw new InputError(`${path}: empty config file`);
    return { config: {}, dir: cwd };
  }
  const parsed = parseConfig(result.config);
  if (!parsed.ok) throw new InputError(`${path}: ${basename(path) === 'package.json' ? 'corroborate.' : ''}${parsed.problem}`);
  return { config: parsed.config, path, dir: dirname(result.filepath) };
}
