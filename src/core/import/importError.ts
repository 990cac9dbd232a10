import type { CoreMessage } from '../../i18n/render';

/**
 * A file or sheet the import cannot use (not base64, no header LiftGate knows, a Campaigns sheet
 * without its headers, a Weekly too large): nothing is written. It says what is wrong as a
 * message (`said`), which the surface (importData, readSources) renders in the document's
 * language; `message` is the key and parameters, for a developer's log, never shown to a user.
 */
export class ImportError extends Error {
  constructor(readonly said: CoreMessage) {
    super(`${said.key} ${JSON.stringify(said.params ?? {})}`);
    this.name = 'ImportError';
  }
}
