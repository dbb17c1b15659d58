/**
 * The server functions of SPEC section 5, gathered for src/addon/index.ts.
 */
export { generateCohort } from './generate-cohort.ts';
export { generateList } from './generate-list.ts';
export { getState } from './get-state.ts';
export {
  menuGenerateCohort,
  menuGenerateList,
  menuSetUpSheets,
  onInstall,
  onOpen,
  showSidebar,
} from './menu.ts';
export { selectCell } from './select-cell.ts';
export { setupSheets } from './setup-sheets.ts';
export { shareList } from './share-list.ts';
