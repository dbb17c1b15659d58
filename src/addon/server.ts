/**
 * The server functions of SPEC section 5 (placeholder; the list issue fills it in).
 */
const notYet = (): never => {
  throw new Error('RadList: not built yet');
};
export const onOpen = notYet;
export const onInstall = notYet;
export const showSidebar = notYet;
export const menuSetUpSheets = notYet;
export const menuGenerateList = notYet;
export const menuGenerateCohort = notYet;
export const getState = notYet;
export const setupSheets = notYet;
export const generateList = notYet;
export const generateCohort = notYet;
export const shareList = notYet;
