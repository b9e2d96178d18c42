/** The kinds of library a postcard may come from, in one list with their labels for readers. */
const LABELS = {
  public: 'Public library',
  academic: 'Academic library',
  school: 'School library',
  special: 'Special library',
  national: 'National library',
  government: 'Government library',
  other: 'Other library',
} as const;

export type LibraryType = keyof typeof LABELS;

/** The values the contract accepts for `libraryType`, in the order forms list them. */
export const LIBRARY_TYPES = Object.keys(LABELS) as [LibraryType, ...LibraryType[]];

/** "Public library" for `public`, as shown to readers. */
export function libraryTypeLabel(type: LibraryType): string {
  return LABELS[type];
}
