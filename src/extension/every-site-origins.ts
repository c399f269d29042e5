/**
 * The host access "Run Skillmark on every site that shows a job ad" asks for at run time (never at
 * install). Its own file: the build config imports it without pulling in the extension API.
 */
export const EVERY_SITE_ORIGINS = ['*://*/*'] as const;
