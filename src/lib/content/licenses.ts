/**
 * Licences, by their SPDX identifiers (`CC-BY-4.0`): which ids the contract accepts, and
 * the name and address a reader is shown for one. Creative Commons licences link to their
 * deed at creativecommons.org; any other id links to its page in the SPDX list.
 */

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
