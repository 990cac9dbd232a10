/**
 * ScriptApp's installable time-driven triggers, as an add-on sees them (Apps Script reference:
 * ScriptApp, TriggerBuilder, ClockTriggerBuilder, Trigger; guides/triggers/installable):
 * - an add-on may own only one trigger of each type per user per document; a second
 *   time-driven one is refused at create() with the message Apps Script shows;
 * - an add-on's time-driven trigger runs at most once an hour (everyMinutes is refused);
 * - a script owns at most 20 triggers per user;
 * - atHour takes 0–23, everyDays/everyWeeks/everyHours a positive whole number.
 * Tests fire a trigger with `fire(gs)`: the handler is called as Apps Script calls it, with
 * the time-driven event object, and without a UI (getUi() refuses inside a trigger).
 */

export const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;
export type WeekDay = (typeof WEEKDAYS)[number];

export interface FakeTriggerData {
  readonly id: string;
  readonly handler: string;
  readonly user: string;
  /** The document the add-on created it for (one time-driven trigger per user per document). */
  readonly document: string;
  readonly everyDays?: number;
  readonly everyHours?: number;
  readonly everyWeeks?: number;
  readonly weekDay?: WeekDay;
  readonly atHour?: number;
  readonly timeZone?: string;
}

/** What a Trigger object answers. */
export class FakeTrigger {
  constructor(readonly data: FakeTriggerData) {}
  getHandlerFunction(): string {
    return this.data.handler;
  }
  getUniqueId(): string {
    return this.data.id;
  }
  getEventType(): string {
    return 'CLOCK';
  }
  getTriggerSource(): string {
    return 'CLOCK';
  }
  getTriggerSourceId(): string | null {
    return null;
  }
}

const MAX_TRIGGERS_PER_USER = 20;

const whole = (n: unknown, name: string, lo: number, hi: number): number => {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) throw new Error(`Exception: Invalid argument: ${name}`);
  return n;
};

export class FakeScriptApp {
  readonly triggers: FakeTriggerData[] = [];
  private nextId = 1;
  /** The user the code runs as (Session.getEffectiveUser). */
  user = 'user@example.com';
  /** true: add-on limits apply (LiftGate is installed as an add-on). */
  addOn = true;
  /**
   * true: getUserTriggers(spreadsheet) lists the add-on's time-driven triggers for that document;
   * false imitates a listing by project only (the reference does not say which), so code must
   * also find its trigger by id.
   */
  clockTriggersByDocument = true;
  /** true while a trigger's handler runs: no UI then. */
  inTrigger = false;

  constructor(readonly documentId: string) {}

  /** The global `ScriptApp`. */
  service() {
    return {
      AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
      WeekDay: Object.fromEntries(WEEKDAYS.map((d) => [d, d])) as Record<WeekDay, WeekDay>,
      EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' },
      TriggerSource: { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' },
      newTrigger: (handler: string) => {
        if (typeof handler !== 'string' || !handler) throw new Error('Exception: Invalid argument: functionName');
        return {
          timeBased: () => this.clockBuilder(handler),
        };
      },
      getProjectTriggers: () => this.triggers.filter((t) => t.user === this.user).map((t) => new FakeTrigger(t)),
      getUserTriggers: (doc: { getId(): string }) =>
        this.clockTriggersByDocument ? this.triggers.filter((t) => t.user === this.user && t.document === doc.getId()).map((t) => new FakeTrigger(t)) : [],
      deleteTrigger: (trigger: FakeTrigger) => {
        const i = this.triggers.findIndex((t) => t.id === trigger?.getUniqueId?.() && t.user === this.user);
        if (i < 0) throw new Error('Exception: Trigger not found.');
        this.triggers.splice(i, 1);
      },
      getOAuthToken: () => 'fake-token',
    };
  }

  private clockBuilder(handler: string) {
    const spec: { -readonly [K in keyof FakeTriggerData]?: FakeTriggerData[K] } = {};
    let minutes: number | undefined;
    const b = {
      everyDays: (n: number) => ((spec.everyDays = whole(n, 'n', 1, 1e6)), b),
      everyHours: (n: number) => ((spec.everyHours = whole(n, 'n', 1, 1e6)), b),
      everyWeeks: (n: number) => ((spec.everyWeeks = whole(n, 'n', 1, 1e6)), b),
      everyMinutes: (n: number) => {
        if (![1, 5, 10, 15, 30].includes(n)) throw new Error('Exception: Invalid argument: minutes. Must be one of 1, 5, 10, 15 or 30.');
        minutes = n;
        return b;
      },
      onWeekDay: (day: WeekDay) => {
        if (!WEEKDAYS.includes(day)) throw new Error('Exception: Invalid argument: day');
        spec.weekDay = day;
        return b;
      },
      atHour: (h: number) => ((spec.atHour = whole(h, 'hour', 0, 23)), b),
      nearMinute: (m: number) => (whole(m, 'minute', 0, 59), b),
      inTimezone: (tz: string) => ((spec.timeZone = String(tz)), b),
      create: () => {
        if (
          spec.everyDays === undefined &&
          spec.everyHours === undefined &&
          spec.everyWeeks === undefined &&
          spec.weekDay === undefined &&
          minutes === undefined
        ) {
          throw new Error('Exception: The trigger has no schedule: call everyDays, everyHours, everyWeeks or onWeekDay before create().');
        }
        if (this.addOn && minutes !== undefined) throw new Error('Exception: Add-ons can use a time-driven trigger at most once per hour.');
        const mine = this.triggers.filter((t) => t.user === this.user);
        if (this.addOn && mine.some((t) => t.document === this.documentId)) {
          throw new Error('Exception: This add-on has created too many time-based triggers in this document for this Google user account.');
        }
        if (mine.length >= MAX_TRIGGERS_PER_USER)
          throw new Error('Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.');
        const data: FakeTriggerData = { ...spec, id: String(this.nextId++), handler, user: this.user, document: this.documentId };
        this.triggers.push(data);
        return new FakeTrigger(data);
      },
    };
    return b;
  }

  /**
   * Fires the current user's time-driven trigger (or the one with `id`) on the loaded code, as
   * Apps Script does at its hour: returns what the handler returned.
   */
  fire(gs: Record<string, (...a: unknown[]) => unknown>, opts: { id?: string; at?: Date } = {}): unknown {
    const t = this.triggers.find((x) => x.user === this.user && (opts.id === undefined || x.id === opts.id));
    if (!t) throw new Error('no time-driven trigger to fire');
    const fn = gs[t.handler];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${t.handler}`);
    const at = opts.at ?? new Date();
    const event = {
      authMode: 'FULL',
      triggerUid: t.id,
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
      'day-of-month': at.getUTCDate(),
      'day-of-week': at.getUTCDay() || 7,
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      timezone: 'UTC',
    };
    this.inTrigger = true;
    try {
      return fn(event);
    } finally {
      this.inTrigger = false;
    }
  }
}
