/**
 * The custom functions of SPEC section 4 (placeholder; the rules issue fills it in).
 */
const notYet = (): never => {
  throw new Error('RadList: not built yet');
};
export const RAD_TIER = notYet;
export const RAD_APPLY_COUNT = notYet;
export const RAD_MEETS_MIN = notYet;
export const RAD_CATEGORY = notYet;
export const RAD_ERAS_COST = notYet;
