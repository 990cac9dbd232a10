/**
 * Command-line arguments of `npm start` and `npm run evaluate`, parsed by node's own
 * util.parseArgs: `--help` prints the usage, an unknown option (`--workbok`) or an option
 * without its value (`--workbook` alone) is an error with exit code 2, as Unix tools do.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { decodeFailure } from '../../src/api/serverError';

export const EXIT_USAGE = 2;

/**
 * A failed server function as a user reads it: the server functions fail with their code and
 * words in one envelope (src/api/serverError.ts) for the sidebar; a command line shows the words.
 */
export function failureText(e: unknown): string {
  return decodeFailure(e instanceof Error ? e.message : String(e)).text;
}

export interface CliSpec<O extends NonNullable<ParseArgsConfig['options']>> {
  /** `npm run evaluate -- [options]` */
  readonly usage: string;
  /** One line per option, already aligned. */
  readonly help: string;
  readonly options: O;
}

/** The parsed options; prints and exits on --help (0) and on a usage error (2). */
export function parseCli<O extends NonNullable<ParseArgsConfig['options']>>(spec: CliSpec<O>, argv = process.argv.slice(2)) {
  const text = `Usage: ${spec.usage}\n\n${spec.help}\n  -h, --help        this help`;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...spec.options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
  } catch (e) {
    // parseArgs says what is wrong ("Unknown option '--workbok'"); add where to look.
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    process.stderr.write(`${why}\n\n${text}\n`);
    process.exit(EXIT_USAGE);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${text}\n`);
    process.exit(0);
  }
  return parsed.values as { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
}
