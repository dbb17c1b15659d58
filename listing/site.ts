/**
 * Where RadList's help and privacy pages are published (no trailing slash), on its own so the sidebar can
 * link to the documentation without the rest of the listing. Replace before uploading (docs/install.md).
 */
export const SITE = 'https://radlist.example.org';
