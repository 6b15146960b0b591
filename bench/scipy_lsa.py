"""Times scipy's linear_sum_assignment on a matrix dumped by bench/one.ts (dev only)."""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

path = sys.argv[1]
meta = json.load(open(path + ".json"))
m = np.fromfile(path, dtype=np.float64).reshape(meta["rows"], meta["cols"])
times = []
cpu = []
for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3):
    t = time.perf_counter()
    c = time.process_time()
    rows, cols = linear_sum_assignment(m, maximize=True)
    times.append((time.perf_counter() - t) * 1000)
    cpu.append((time.process_time() - c) * 1000)
values = m[rows, cols]
chosen = values > 0
matched = int(chosen.sum())
units = int(round(float((values[chosen] - meta["big"]).sum())))
print(
    json.dumps(
        {
            "ms": sorted(times)[len(times) // 2],
            "cpuMs": sorted(cpu)[len(cpu) // 2],
            "matched": matched,
            "units": units,
        }
    )
)
