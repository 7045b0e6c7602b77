// The odex package ships its TypeScript source (src/odex.ts), which does not pass this project's strict checks;
// tsconfig.json maps the module here so that only its public surface, as used, is type-checked.
export interface OdexResult { y: number[]; outcome: number; nStep: number; xEnd: number; nAccept: number; nReject: number; nEval: number }
export class Solver {
  constructor(n: number);
  relativeTolerance: number | number[];
  absoluteTolerance: number | number[];
  maxSteps: number;
  initialStepSize: number;
  maxStepSize: number;
  solve(
    f: (x: number, y: number[]) => number[], x: number, y0: number[], xEnd: number,
    solOut?: (n: number, xOld: number, x: number, y: number[]) => boolean | void,
  ): OdexResult;
}
