import type { LibraryType } from './schemas.ts';

const LABELS: Record<LibraryType, string> = {
  public: 'Public library',
  academic: 'Academic library',
  school: 'School library',
  special: 'Special library',
  national: 'National library',
  government: 'Government library',
  other: 'Other library',
};

/** "Public library" for `public`, as shown to readers. */
export function libraryTypeLabel(type: LibraryType): string {
  return LABELS[type];
}
