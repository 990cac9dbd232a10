/**
 * Errors cross from the server to the sidebar as codes with parameters, not as sentences to be
 * matched: google.script.run hands the failure handler only the thrown error's message, so the
 * code rides inside it as a small JSON envelope. The sidebar translates the code in its own
 * language; anything thrown without a code (a service's own failure) arrives as its text.
 */
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/message';

/** A problem the user can act on, named by its catalogue key. `message` is already in the document's language. */
export class CodedError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: Params,
    message: string,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

/** What the sidebar receives: the code when there is one, and the server's text either way. */
export interface ServerFailure {
  readonly code: MessageKey | null;
  readonly params: Params;
  readonly text: string;
}

const MARK = 'liftgate:error ';

/** The message to throw towards google.script.run for an error caught in a server function. */
export function encodeFailure(e: unknown): string {
  const text = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  if (!(e instanceof CodedError)) return text;
  return MARK + JSON.stringify({ code: e.code, params: e.params, text });
}

/** A message without the prefix Apps Script (or an Error's toString) may put before it. */
export const withoutErrorPrefix = (message: string): string => message.replace(/^(Error|Exception):\s*/, '');

/** The failure as the sidebar sees it; a message without the envelope is plain text (Apps Script may prefix "Exception: "). */
export function decodeFailure(message: string): ServerFailure {
  const plain = withoutErrorPrefix(message);
  if (plain.startsWith(MARK)) {
    try {
      const f = JSON.parse(plain.slice(MARK.length)) as ServerFailure;
      return { code: f.code ?? null, params: f.params ?? {}, text: String(f.text ?? '') };
    } catch {
      // Not ours after all: show it as it came.
    }
  }
  return { code: null, params: {}, text: plain };
}
