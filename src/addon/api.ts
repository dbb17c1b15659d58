/**
 * The plain-JSON contract between the sidebar and the server functions of SPEC section 5. The sidebar
 * imports these types only (never code), so a changed payload breaks the build, not the user.
 */
import type { Category, ChecklistItem, Issue, Tier } from '../core/types.ts';

export interface SheetPresence {
  profile: boolean;
  programs: boolean;
  cohort: boolean;
  settings: boolean;
}

export interface SettingInForce {
  label: string;
  value: number;
  /** True when the value in force is the default (blank, or typed the same as the default). */
  isDefault: boolean;
}

export interface StateResult {
  sheets: SheetPresence;
  /** The Profile applicant, or null when there is no readable Profile. */
  applicant: { name: string; stepTwoScore: number | null; tier: Tier | null } | null;
  /** Cohort applicant names, in sheet order (duplicates and blank names left out). */
  cohort: string[];
  programCount: number;
  /** Plain sentences naming what is missing (a sheet, a required header, an empty sheet); empty when ready. */
  missing: string[];
  /** At most 200 data issues; `issueCount` is the full number. */
  issues: Issue[];
  issueCount: number;
  settings: SettingInForce[];
}

export interface SetupArgs {
  withSamples?: boolean;
}

export interface SetupResult {
  /** Sheets this call created. */
  created: string[];
  /** Sheets that already existed and were left untouched. */
  kept: string[];
}

export interface GenerateListArgs {
  /** A cohort applicant's name; omitted for the Profile applicant. */
  applicant?: string;
}

export interface PlanSummary {
  applicant: string;
  tier: Tier | null;
  recommended: number;
  /** e.g. `60–80`. */
  range: string;
  counts: Record<Category, number>;
  /** Dollars for the programs marked Apply. */
  erasCost: number;
  applyCount: number;
  /** The sheet the list was written to. */
  sheetName: string;
  dualApply: string;
  stepThree: string;
  /** Things to be ready to explain, e.g. `1 failed USMLE attempt`. */
  redFlags: string[];
  checklist: ChecklistItem[];
  signals: { gold: string[]; silver: string[] };
  /** Set when fewer eligible programs exist than recommended: what to widen. */
  shortfall: string | null;
  /** At most 200 issues; `issueCount` is the full number. */
  issues: Issue[];
  issueCount: number;
}

export interface GenerateCohortArgs {
  start?: number;
  size?: number;
}

export interface CohortProgress {
  done: boolean;
  /** Index of the next applicant to process (0-based, in cohort order). */
  next: number;
  total: number;
  /** Applicants processed by this call. */
  processed: number;
  issues: Issue[];
  issueCount: number;
}

export interface ShareListArgs {
  applicant?: string;
  email: string;
  role: 'commenter' | 'viewer';
  includeScores?: boolean;
}

export interface ShareResult {
  url: string;
  fileId: string;
  fileName: string;
}
