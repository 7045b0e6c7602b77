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

/** A broken list can yield thousands of problems: the message (shown on the page) names the first ones. */
export const MAX_LISTED_ISSUES = 20;

/** Thrown by `loadMissionData` with every problem found in `issues`, the first MAX_LISTED_ISSUES one per line of the message. */
export class MissionDataError extends Error {
  readonly issues: readonly MissionDataIssue[];

  constructor(issues: readonly MissionDataIssue[]) {
    const lines = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
    if (issues.length > MAX_LISTED_ISSUES) lines.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
    const head = issues.length === 1 ? 'mission data: 1 problem' : `mission data: ${issues.length} problems`;
    super(`${head}\n${lines.join('\n')}`);
    this.name = 'MissionDataError';
    this.issues = issues;
  }
}
