/**
 * The bundle's public surface: `ENTRY_POINTS`, every implementation of the registry
 * (src/addon/entry-points.ts) by name. The build's generated top-level declarations call these. No logic here.
 */
import { implementations } from './entry-points.ts';

export const ENTRY_POINTS = implementations();
