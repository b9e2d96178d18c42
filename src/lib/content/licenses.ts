/**
 * Licences, by their SPDX identifiers (`CC-BY-4.0`): which ids the contract accepts, and
 * the name and address a reader is shown for one. Creative Commons licences link to their
 * deed at creativecommons.org; any other id links to its page in the SPDX list.
 */

import { createRequire } from 'node:module';

/** A licence as pages show it. */
export interface License {
  /** The SPDX identifier, as written in the file: `CC-BY-4.0`. */
  id: string;
  /** Its short name for readers: `CC BY 4.0`. */
  name: string;
  /** Where its terms are: `https://creativecommons.org/licenses/by/4.0/`. */
  url: string;
}

/**
 * The shape of an SPDX licence identifier: letters and digits in parts joined by `.` or
 * `-`, an optional `+` ("or later") at the end; `LicenseRef-…` for a licence of one's own.
 * At most 64 characters. `CC-BY-4.0`, `CC0-1.0`, `GPL-2.0+` pass; `CC BY 4.0`, `<b>` do not.
 */
export function isLicenseId(id: string): boolean {
  return id.length <= 64 && /^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*\+?$/.test(id);
}

const require = createRequire(import.meta.url);
/** The SPDX list's ids, current and deprecated (`GPL-2.0+`), in capitals as SPDX writes them, by their lower case. */
let listed: Map<string, string> | undefined;

/**
 * The id as the SPDX list writes it (`cc-by-4.0` → `CC-BY-4.0`), or undefined when the list
 * has no such licence: its page at spdx.org then does not exist. `LicenseRef-…` names a
 * licence of one's own and is taken as it is.
 */
export function listedLicense(id: string): string | undefined {
  if (/^LicenseRef-/i.test(id)) return id;
  listed ??= new Map(
    [...(require('spdx-license-ids') as string[]), ...(require('spdx-license-ids/deprecated') as string[])].map((spdx) => [spdx.toLowerCase(), spdx]),
  );
  // `GPL-2.0+`: "or any later version" is a `+` after any listed id.
  const later = id.endsWith('+') ? '+' : '';
  const spelled = listed.get(id.slice(0, id.length - later.length).toLowerCase());
  return spelled && `${spelled}${later}`;
}

/** `CC-BY-NC-SA-4.0`, `CC-BY-3.0-AU`: the Creative Commons licences with attribution. */
const CREATIVE_COMMONS = /^CC-(BY(?:-NC)?(?:-SA|-ND)?)-(\d\.\d)(?:-([A-Z]{2}))?$/i;
/** `CC0-1.0`: the public-domain dedication. */
const CC_ZERO = /^CC0-(\d\.\d)$/i;

/**
 * The name and address of the licence with this SPDX id, for a reader.
 * `licenseOf('CC-BY-SA-4.0')` is `{ id: 'CC-BY-SA-4.0', name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' }`;
 * `licenseOf('MIT')` links to `https://spdx.org/licenses/MIT.html`.
 */
export function licenseOf(id: string): License {
  const cc = CREATIVE_COMMONS.exec(id);
  if (cc) {
    const [, kind = '', version = '', port] = cc;
    const jurisdiction = port ? `${port.toLowerCase()}/` : '';
    return {
      id,
      name: `CC ${kind.toUpperCase()} ${version}${port ? ` ${port.toUpperCase()}` : ''}`,
      url: `https://creativecommons.org/licenses/${kind.toLowerCase()}/${version}/${jurisdiction}`,
    };
  }
  const zero = CC_ZERO.exec(id);
  if (zero) return { id, name: `CC0 ${zero[1]}`, url: `https://creativecommons.org/publicdomain/zero/${zero[1]}/` };
  return { id, name: id, url: `https://spdx.org/licenses/${encodeURIComponent(id)}.html` };
}
