"""Times scipy's linear_sum_assignment on a matrix dumped by bench/one.ts (dev only).

  python3 scipy_lsa.py FILE --serve     one run per line "run" on stdin, one JSON line each;
                                        bench/one.ts alternates these with its own runs, so both
                                        are timed in the same minutes of a machine whose speed
                                        drifts
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

path = sys.argv[1]
meta = json.load(open(path + ".json"))
m = np.fromfile(path, dtype=np.float64).reshape(meta["rows"], meta["cols"])


def run():
    t = time.perf_counter()
    c = time.process_time()
    rows, cols = linear_sum_assignment(m, maximize=True)
    ms = (time.perf_counter() - t) * 1000
    cpu = (time.process_time() - c) * 1000
    values = m[rows, cols]
    chosen = values > 0
    matched = int(chosen.sum())
    units = int(round(float((values[chosen] - meta["big"]).sum())))
    return {"ms": ms, "cpuMs": cpu, "matched": matched, "units": units}


if len(sys.argv) < 3 or sys.argv[2] != "--serve":
    sys.exit("usage: scipy_lsa.py FILE --serve")
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    if line.strip() != "run":
        break
    print(json.dumps(run()), flush=True)
