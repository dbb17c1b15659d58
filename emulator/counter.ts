/**
 * Counts every call the add-on makes to an emulated Apps Script service, keeps an emulated clock that each
 * call advances by a chosen cost, and injects faults: the Nth Spreadsheet call, or the Nth call of a named
 * method, throws. Shared by every emulated service (see emulator/index.ts).
 */

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

export class CallCounter {
  total = 0;
  readonly byGroup = new Map<ServiceGroup, number>();
  readonly byMethod = new Map<string, number>();
  /** Emulated milliseconds spent in services (each call adds `costMs` of its group). */
  elapsedMs = 0;
  costMs: Partial<Record<ServiceGroup, number>> = {};
  private faults: PlannedFault[] = [];

  /**
   * Records one call; throws the planned error when a fault is due.
   *
   * @param group - the service group, e.g. `Spreadsheet`
   * @param method - `Class.method`, e.g. `Range.setValues`
   */
  record(group: ServiceGroup, method: string): void {
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

  /** Forgets counts, planned faults and elapsed time (costs are kept). */
  reset(): void {
    this.total = 0;
    this.byGroup.clear();
    this.byMethod.clear();
    this.elapsedMs = 0;
    this.faults = [];
  }
}
