/**
 * The `Campaigns` sheet: which stage (and variant) each campaign's numbers belong to.
 * `Campaign` is a name or a pattern with `*` (any text), matched case-insensitively; an
 * exact name wins over a pattern, and among patterns the first row wins. A campaign whose
 * row has no Stage, or that no row matches, is unmapped: reported, never guessed.
 * A blank Variant sums the stage's campaigns into one row per week.
 */
import { compileGlob, matchGlob, type Glob } from './glob';
import { headerKey } from './platforms';
import type { Arg } from '../model/message';
import type { MessageKey } from '../../i18n';
import { say } from '../../i18n/render';
import { ImportError } from './importError';

/** The header LiftGate writes, by catalogue key: in the document's language (read in any of the four). */
export const CAMPAIGNS_HEADER_KEYS = ['header.campaign', 'header.stage', 'header.variant'] as const;

const CAMPAIGN_HEADERS = new Set(
  ['campaign', 'campaignname', 'kampanje', 'kampanjenavn', 'кампания', 'названиекампании', '广告系列', '广告系列名称'].map(headerKey),
);
const STAGE_HEADERS = new Set(['stage', 'etappe', 'steg', 'fase', 'trinn', 'этап', 'стадия', '阶段'].map(headerKey));
const VARIANT_HEADERS = new Set(['variant', 'вариант', '变体', '版本'].map(headerKey));

export interface CampaignRule {
  readonly campaign: string;
  readonly stage: string;
  readonly variant: string;
  readonly pattern: Glob | null;
}

export interface CampaignMap {
  readonly rules: readonly CampaignRule[];
  /** Lower-cased names and patterns already listed, mapped or not. */
  listed(name: string): boolean;
  /** The stage and variant of a campaign, or null when it is unmapped. */
  lookup(name: string): { stage: string; variant: string } | null;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
/**
 * A Campaigns cell as the name it stands for. Sheets turns a typed `00123` into the number 123;
 * LiftGate writes such names as text, and a number a user typed still maps the campaign whose
 * name reads as that number (`00123`, `123`).
 */
const numberName = (s: string) => (/^[0-9]+(?:\.[0-9]+)?$/.test(s) ? String(Number(s)) : null);

/** `sheet`: the Campaigns sheet's name as the user sees it (`Kampanjer`), for the message. */
export function readCampaigns(table: readonly (readonly unknown[])[] | null, sheet: Arg<MessageKey> = say('sheet.campaigns')): CampaignMap {
  const rules: CampaignRule[] = [];
  if (table && table.length) {
    const keys = table[0].map(headerKey);
    const cc = keys.findIndex((k) => CAMPAIGN_HEADERS.has(k));
    const sc = keys.findIndex((k) => STAGE_HEADERS.has(k));
    const vc = keys.findIndex((k) => VARIANT_HEADERS.has(k));
    if (cc < 0 || sc < 0)
      throw new ImportError(say('import.campaignsHeaders', { sheet, headers: table[0].map((h) => JSON.stringify(text(h))).join(', ') || say('import.none') }));
    for (let r = 1; r < table.length; r++) {
      const campaign = text(table[r][cc]).replace(/^'(?=[=+\-@'])/, ''); // the apostrophe that kept "=x" text
      if (!campaign) continue;
      const pattern = campaign.includes('*') ? compileGlob(campaign) : null;
      rules.push({ campaign, stage: text(table[r][sc]), variant: vc < 0 ? '' : text(table[r][vc]), pattern });
    }
  }
  const exact = new Map<string, CampaignRule>();
  const numeric = new Map<string, CampaignRule>();
  for (const r of rules) {
    if (r.pattern) continue;
    if (!exact.has(r.campaign.toLowerCase())) exact.set(r.campaign.toLowerCase(), r);
    const n = numberName(r.campaign);
    if (n !== null && !numeric.has(n)) numeric.set(n, r);
  }
  const patterns = rules.filter((r) => r.pattern);
  const cache = new Map<string, CampaignRule | null>();
  const find = (name: string): CampaignRule | null => {
    const key = name.toLowerCase();
    let hit = cache.get(key);
    if (hit === undefined) {
      const n = numberName(key);
      hit = exact.get(key) ?? (n === null ? undefined : numeric.get(n)) ?? patterns.find((p) => matchGlob(p.pattern!, name)) ?? null;
      cache.set(key, hit);
    }
    return hit;
  };
  return {
    rules,
    listed: (name) => find(name) !== null,
    lookup: (name) => {
      const r = find(name);
      return r && r.stage ? { stage: r.stage, variant: r.variant } : null;
    },
  };
}
