/**
 * Counts every call the add-on makes to an emulated Apps Script service, keeps an emulated clock that each
 * call advances by a chosen cost, and injects faults: the Nth Spreadsheet call, or the Nth call of a named
 * method, throws. Shared by every emulated service (see emulator/index.ts).
 *
 * It also itemises Spreadsheet and Lock calls by purpose (read, write, undo, format, validation, chart,
 * marker, lock, other — the rules are in call-purpose.ts): each call is classified from its method and where
 * it lands, settled when its execution ends (a lookup takes the purpose of what follows it), or tagged by
 * `withPurpose` around a phase. `tally()` gives everything counted so far as plain numbers.
 */
import {
  type CallPurpose,
  type CallSite,
  changedState,
  methodKind,
  type PendingCall,
  readsState,
  resolvePurposes,
} from './call-purpose.ts';

export type { CallPurpose, CallSite } from './call-purpose.ts';
export { CALL_PURPOSES } from './call-purpose.ts';

/** The service groups calls are counted under. `Spreadsheet` covers SpreadsheetApp, Spreadsheet, Sheet and Range. */
export type ServiceGroup =
  | 'Spreadsheet'
  | 'Ui'
  | 'Html'
  | 'Properties'
  | 'Cache'
  | 'Lock'
  | 'Script'
  | 'Session'
  | 'Utilities'
  | 'Drive';

interface PlannedFault {
  /** Fire when this group's running count reaches `at`… */
  group?: ServiceGroup;
  /** …or when this method (e.g. `Sheet.setName`, `Drive.Permissions.create`) has been called this many times. */
  method?: string;
  at: number;
  message: string;
}

/** One call waiting for its execution to end before its purpose is settled. */
interface LoggedCall extends PendingCall {
  method: string;
  /** Cells of the range it read or wrote (0 for calls that are not about a range's cells). */
  cells: number;
}

/** Everything counted so far, as plain numbers (see `CallCounter.tally`, `tallySince`). */
export interface CallTally {
  total: number;
  byGroup: Record<string, number>;
  byMethod: Record<string, number>;
  /** Spreadsheet and Lock calls by purpose, then by method. */
  byPurpose: Partial<Record<CallPurpose, Record<string, number>>>;
  /** Cells touched by the Spreadsheet calls of each purpose (each Range call adds its rows × columns). */
  cellsByPurpose: Partial<Record<CallPurpose, number>>;
  /** Spreadsheet calls by the sheet they land on (`''` when the emulator does not know one). */
  bySheet: Record<string, number>;
}

/** Groups whose calls are itemised by purpose. */
const ITEMISED = new Set<ServiceGroup>(['Spreadsheet', 'Lock']);

const bump = (record: Record<string, number>, key: string, by = 1): void => {
  record[key] = (record[key] ?? 0) + by;
};

export class CallCounter {
  total = 0;
  readonly byGroup = new Map<ServiceGroup, number>();
  readonly byMethod = new Map<string, number>();
  /** Emulated milliseconds spent in services (each call adds `costMs` of its group). */
  elapsedMs = 0;
  costMs: Partial<Record<ServiceGroup, number>> = {};
  /**
   * Process CPU milliseconds spent inside service calls (the emulator's own work, arguments and results
   * converted included; measured by the loader's Membrane): what Apps Script does on Google's side, so the
   * bench can leave it out of the add-on's compute.
   */
  serviceCpuMs = 0;
  /** While set, every Spreadsheet call counts under this purpose (see `withPurpose`). */
  purposeTag: CallPurpose | null = null;
  private faults: PlannedFault[] = [];
  /** The current execution's Spreadsheet and Lock calls, settled when it ends. */
  private pending: LoggedCall[] = [];
  /** Settled counts by purpose and method, cells by purpose, calls by sheet. */
  private settled = {
    byPurpose: {} as Partial<Record<CallPurpose, Record<string, number>>>,
    cells: {} as Partial<Record<CallPurpose, number>>,
  };
  private readonly bySheet: Record<string, number> = {};

  /**
   * Records one call; throws the planned error when a fault is due.
   *
   * @param group - the service group, e.g. `Spreadsheet`
   * @param method - `Class.method`, e.g. `Range.setValues`
   * @param site - where a Spreadsheet call lands (its sheet and range), when known
   */
  record(group: ServiceGroup, method: string, site?: CallSite): void {
    if (ITEMISED.has(group)) this.log(group, method, site);
    this.total += 1;
    const groupCount = (this.byGroup.get(group) ?? 0) + 1;
    this.byGroup.set(group, groupCount);
    const methodCount = (this.byMethod.get(method) ?? 0) + 1;
    this.byMethod.set(method, methodCount);
    this.elapsedMs += this.costMs[group] ?? 0;
    const due = this.faults.find(
      (f) => (f.group === group && f.at === groupCount) || (f.method === method && f.at === methodCount),
    );
    if (due) {
      this.faults = this.faults.filter((f) => f !== due);
      throw new Error(due.message);
    }
  }

  /** Calls counted in one group (0 when none). */
  count(group: ServiceGroup): number {
    return this.byGroup.get(group) ?? 0;
  }

  /** Makes the `n`th call of `group` from now (1 = the next one) throw `message`. */
  failOnCall(
    n: number,
    message = 'Service error: Spreadsheets (emulated fault)',
    group: ServiceGroup = 'Spreadsheet',
  ): void {
    this.faults.push({ group, at: this.count(group) + n, message });
  }

  /** Makes the `n`th call from now of one method (e.g. `Drive.Permissions.create`) throw `message`. */
  failOnMethod(method: string, message = `Service error: ${method} (emulated fault)`, n = 1): void {
    this.faults.push({ method, at: (this.byMethod.get(method) ?? 0) + n, message });
  }

  /** Forgets counts, planned faults and elapsed time (costs and the purpose tag are kept). */
  reset(): void {
    this.total = 0;
    this.byGroup.clear();
    this.byMethod.clear();
    this.elapsedMs = 0;
    this.serviceCpuMs = 0;
    this.faults = [];
    this.pending = [];
    this.settled = { byPurpose: {}, cells: {} };
    for (const sheet of Object.keys(this.bySheet)) delete this.bySheet[sheet];
  }

  /**
   * Counts every Spreadsheet call `work` makes under `purpose` (a phase the method alone cannot classify,
   * e.g. reads made only to restore), then restores the previous tag.
   *
   * @param purpose - the purpose to count under
   * @param work - the phase
   * @returns what `work` returns
   * @example counter.withPurpose('undo', () => range.getValues())
   */
  withPurpose<T>(purpose: CallPurpose, work: () => T): T {
    const before = this.purposeTag;
    this.purposeTag = purpose;
    try {
      return work();
    } finally {
      this.purposeTag = before;
    }
  }

  /** An execution begins: the previous one's calls are settled (the emulator calls this). */
  beginExecution(): void {
    this.settle();
  }

  /** An execution ends: its calls are settled (the emulator calls this). */
  endExecution(): void {
    this.settle();
  }

  /**
   * Everything counted so far, with the calls of an execution still running classified as far as they go.
   *
   * @returns plain numbers, safe to keep and compare (`tallySince`)
   * @example counter.tally().byPurpose.format?.['Sheet.setColumnWidths'] // e.g. 20
   */
  tally(): CallTally {
    const byPurpose: CallTally['byPurpose'] = {};
    for (const [purpose, methods] of Object.entries(this.settled.byPurpose)) {
      byPurpose[purpose as CallPurpose] = { ...methods };
    }
    const cellsByPurpose: CallTally['cellsByPurpose'] = { ...this.settled.cells };
    this.classify(this.pending, byPurpose, cellsByPurpose);
    return {
      total: this.total,
      byGroup: Object.fromEntries(this.byGroup),
      byMethod: Object.fromEntries(this.byMethod),
      byPurpose,
      cellsByPurpose,
      bySheet: { ...this.bySheet },
    };
  }

  /** Calls counted under one purpose so far (Spreadsheet and Lock calls). */
  purposeCount(purpose: CallPurpose): number {
    return Object.values(this.tally().byPurpose[purpose] ?? {}).reduce((a, b) => a + b, 0);
  }

  private log(group: ServiceGroup, method: string, site: CallSite | undefined): void {
    const kind = group === 'Lock' ? 'lock' : methodKind(method, site);
    const ranged = method.startsWith('Range.') && kind !== 'lookup' && site?.rows !== undefined;
    this.pending.push({
      method,
      kind,
      sheet: site?.sheet,
      reads: readsState(method),
      changes: changedState(method),
      tag: group === 'Spreadsheet' ? (this.purposeTag ?? undefined) : undefined,
      cells: ranged ? (site.rows ?? 0) * (site.columns ?? 0) : 0,
    });
    if (group === 'Spreadsheet') bump(this.bySheet, site?.sheet ?? '');
  }

  private settle(): void {
    this.classify(this.pending, this.settled.byPurpose, this.settled.cells);
    this.pending = [];
  }

  private classify(
    calls: readonly LoggedCall[],
    byPurpose: CallTally['byPurpose'],
    cells: CallTally['cellsByPurpose'],
  ): void {
    const purposes = resolvePurposes(calls);
    calls.forEach((call, i) => {
      const purpose = purposes[i]!;
      const methods = byPurpose[purpose] ?? {};
      byPurpose[purpose] = methods;
      bump(methods, call.method);
      if (call.cells > 0) cells[purpose] = (cells[purpose] ?? 0) + call.cells;
    });
  }
}

/**
 * What was counted between two tallies (later minus earlier), dropping zeros.
 *
 * @param before - the earlier tally
 * @param after - the later tally of the same counter
 * @returns the calls made in between
 * @example tallySince(before, counter.tally()).byPurpose.write
 */
export function tallySince(before: CallTally, after: CallTally): CallTally {
  const minus = (a: Record<string, number>, b: Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [key, value] of Object.entries(a)) {
      const left = value - (b[key] ?? 0);
      if (left !== 0) out[key] = left;
    }
    return out;
  };
  const byPurpose: CallTally['byPurpose'] = {};
  for (const [purpose, methods] of Object.entries(after.byPurpose)) {
    const left = minus(methods, before.byPurpose[purpose as CallPurpose] ?? {});
    if (Object.keys(left).length > 0) byPurpose[purpose as CallPurpose] = left;
  }
  return {
    total: after.total - before.total,
    byGroup: minus(after.byGroup, before.byGroup),
    byMethod: minus(after.byMethod, before.byMethod),
    byPurpose,
    cellsByPurpose: minus(after.cellsByPurpose, before.cellsByPurpose) as CallTally['cellsByPurpose'],
    bySheet: minus(after.bySheet, before.bySheet),
  };
}
