// javascript-lp-solver 0.4.24 ships CommonJS without types; this covers the part we use. Its
// main module also loads a Node-only bridge to the lp_solve program (fs, child_process), so
// lp.ts imports the model and the tableau directly: these are the modules `Solve` runs.
declare module "javascript-lp-solver/src/Model.js" {
  interface JsonModel {
    optimize: string;
    opType: "max" | "min";
    constraints: Record<string, { max?: number; min?: number; equal?: number }>;
    variables: Record<string, Record<string, number>>;
    options?: { tolerance?: number; timeout?: number };
  }
  interface Solution {
    feasible: boolean;
    evaluation: number;
    bounded: boolean;
    generateSolutionSet(): Record<string, number>;
  }
  class Model {
    constructor(precision?: number);
    loadJson(model: JsonModel): Model;
    solve(): Solution;
  }
  export default Model;
}

// Install the simplex and the value read-out on the tableau (side effects only).
declare module "javascript-lp-solver/src/Tableau/simplex.js" {}
declare module "javascript-lp-solver/src/Tableau/dynamicModification.js" {}
