/** The CMS's entry module, from the project root: what src/integrations/cms-bundle.ts builds and `astro dev` serves. */
export const CMS_ENTRY = 'src/admin/cms.ts';
/** Where the built CMS goes in the site; the admin page loads `cms.js` from it. */
export const CMS_FOLDER = 'admin/cms/';
