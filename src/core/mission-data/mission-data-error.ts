/** One problem found in a mission-data file: where it is and what was expected there. */
export interface MissionDataIssue {
  /** File key as passed to the loader, e.g. 'ephemeris/bodies/kamooalewa.json'. */
  file: string;
  /** JSON path of the field, e.g. 'elementSets[2].eccentricity'; '' for the whole file. */
  path: string;
  expected: string;
  got: string;
}

export const formatIssue = (issue: MissionDataIssue): string =>
  `${issue.file}: ${issue.path === '' ? '(root)' : issue.path}: expected ${issue.expected}, got ${issue.got}`;

/** Thrown by `loadMissionData` with every problem found, one per line of the message. */
export class MissionDataError extends Error {
  readonly issues: readonly MissionDataIssue[];

  constructor(issues: readonly MissionDataIssue[]) {
    const lines = issues.map(formatIssue);
    const head = issues.length === 1 ? 'mission data: 1 problem' : `mission data: ${issues.length} problems`;
    super(`${head}\n${lines.join('\n')}`);
    this.name = 'MissionDataError';
    this.issues = issues;
  }
}
