/**
 * The manifest asks for exactly the scopes LiftGate uses (issue #23), and docs/schedule.md
 * says why each one is asked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
const docs = readFileSync(join(root, 'docs', 'schedule.md'), 'utf8');

describe('appsscript.json', () => {
  it('asks for this spreadsheet, the sidebar, the trigger, sending mail and the user’s address; nothing more', () => {
    expect(manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''))).toEqual([
      'spreadsheets.currentonly',
      'script.container.ui',
      'script.scriptapp',
      'script.send_mail',
      'userinfo.email',
    ]);
  });
  it('docs/schedule.md explains each scope', () => {
    for (const s of manifest.oauthScopes) expect(docs).toContain(`| \`${s.replace('https://www.googleapis.com/auth/', '')}\` |`);
  });
  it('the built code uses the services those scopes allow', () => {
    const code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
    for (const use of ['ScriptApp.newTrigger', 'ScriptApp.deleteTrigger', 'MailApp.sendEmail', 'MailApp.getRemainingDailyQuota', 'Session.getEffectiveUser'])
      expect(code).toContain(use);
    // No service that would need a wider scope (all spreadsheets, Drive, Gmail's mailbox, the network).
    for (const wider of ['SpreadsheetApp.openById', 'DriveApp.', 'GmailApp.', 'UrlFetchApp.']) expect(code).not.toContain(wider);
  });
});
