// javascript-lp-solver 0.4.24 ships CommonJS without types; this covers the part we use.
declare module "javascript-lp-solver" {
  interface Model {
    optimize: string;
    opType: "max" | "min";
    constraints: Record<string, { max?: number; min?: number; equal?: number }>;
    variables: Record<string, Record<string, number>>;
    ints?: Record<string, 1>;
    options?: { tolerance?: number; timeout?: number };
  }
  interface Solution {
    feasible: boolean;
    result: number;
    bounded?: boolean;
    [variable: string]: number | boolean | undefined;
  }
  const solver: { Solve(model: Model): Solution };
  export default solver;
}
