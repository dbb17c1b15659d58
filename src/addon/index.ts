/**
 * The bundle's public surface: every entry point of src/addon/entry-points.ts, exported by name. The build
 * wraps them in top-level function declarations. No logic here.
 */
export { RAD_APPLY_COUNT, RAD_CATEGORY, RAD_ERAS_COST, RAD_MEETS_MIN, RAD_TIER } from './custom-functions.ts';
export {
  generateCohort,
  generateList,
  getState,
  menuGenerateCohort,
  menuGenerateList,
  menuSetUpSheets,
  onInstall,
  onOpen,
  selectCell,
  setupSheets,
  shareList,
  showSidebar,
} from './server.ts';
