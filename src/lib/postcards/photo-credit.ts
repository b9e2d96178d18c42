/**
 * Who took a postcard's photo and under which licence the postcard is shared: the caption
 * under the photo, the line in its feed item and the page's structured data all say the
 * same, from here. Pure: the site's licence is passed in.
 */
import { type License, licenseOf } from '../content/licenses.ts';

/** What a postcard says about its photo's rights. */
export interface CreditFields {
  /** The participant, who took the photo unless `imageCredit` names someone else. */
  name: string;
  imageCredit?: string | undefined;
  /** SPDX id; the site's licence when undefined. */
  license?: string | undefined;
}

/** The credit and licence of a postcard. */
export interface PhotoCredit {
  /** Who took the photo: `imageCredit`, else the participant. */
  credit: string;
  license: License;
}

/**
 * `photoCredit({ name: 'Anna', license: 'CC-BY-SA-4.0' }, site.license)` is
 * `{ credit: 'Anna', license: { id: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0', url: … } }`.
 */
export function photoCredit({ name, imageCredit, license }: CreditFields, siteLicense: License): PhotoCredit {
  return { credit: imageCredit?.trim() || name, license: license ? licenseOf(license) : siteLicense };
}

/**
 * The photo as schema.org's ImageObject, with the fields search engines read for image
 * licences: `contentUrl` (the shared copy), `license`, `acquireLicensePage` (the postcard's
 * page, which names the licence), `creditText` and `creator`.
 */
export function imageObjectData({ credit, license }: PhotoCredit, contentUrl: string, pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
    contentUrl,
    license: license.url,
    acquireLicensePage: pageUrl,
    creditText: credit,
    creator: { '@type': 'Person', name: credit },
  };
}
