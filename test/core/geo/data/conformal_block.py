"""GEO_LIFT's inference, recomputed: augsynth's moving-block conformal test (src/core/geo/conformalInference.ts).

augsynth's conformal_inf with type = "block" (Chernozhukov, Wüthrich & Zhu 2021) on GeoLift_Test
(Chicago + Portland, test days 91-105): for each null effect h0, subtract h0 from the treated
cities over the test days, refit the synthetic control (fixed effects) on all 105 days, and compare
the statistic of the test days' residuals with its value on all 105 cyclic shifts of time.
Prints p(h0) for GeoLift's two-sided statistic sum(|u|) and for |sum(u)|.
Run: python3 conformal_block.py  (numpy, scipy); writes conformal_block.json for the test.
"""
import csv
import numpy as np
from scipy.optimize import nnls

rows = list(csv.DictReader(open('geolift_test.csv')))
locs = sorted(set(r['location'] for r in rows))
dates = sorted(set(r['date'] for r in rows))
Y = np.zeros((len(locs), len(dates)))
for r in rows:
    Y[locs.index(r['location']), dates.index(r['date'])] = float(r['Y'])
tr = [locs.index('chicago'), locs.index('portland')]
ct = [i for i in range(len(locs)) if i not in tr]
t0, T = 90, 105

def residuals(h0):
    Yh = Y.copy()
    Yh[tr, t0:T] -= h0
    D = Yh - Yh.mean(1, keepdims=True)
    x1, X0 = D[tr].mean(0), D[ct]
    M = 1e7  # simplex constraint as a heavily weighted row of NNLS
    w, _ = nnls(np.vstack([X0.T, M * np.ones((1, len(ct)))]), np.concatenate([x1, [M]]), maxiter=100000)
    return x1 - X0.T @ w

def p(h0, stat):
    u = residuals(h0)
    obs = stat(u[t0:T])
    return np.mean([obs <= stat(np.roll(u, -j)[t0:T]) for j in range(T)])

import json
out = []
for h0 in range(-50, 351, 25):
    a, b = p(h0, lambda v: np.abs(v).sum()), p(h0, lambda v: abs(v.sum()))
    print(h0, round(a, 4), round(b, 4))
    out.append({'h0': h0, 'sumAbs': a, 'absSum': b, 'T': T})
json.dump(out, open('conformal_block.json', 'w'), indent=1)
