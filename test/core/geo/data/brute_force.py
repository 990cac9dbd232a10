"""Independent reference for the synthetic-control weights (test/core/geo/syntheticControl.test.ts).

Writes small_panel.csv (long format: location, period, value) and small_panel.json with, for the
treated set and test start given there:
  - weights, L2 imbalance, scaled L2 imbalance and ATT from scipy's SLSQP on the simplex-constrained
    least squares (objective scaled to order 1, tolerance 1e-15), checked against
  - a brute-force grid over the simplex of the 3-donor case (step 0.0005).
Run: python3 brute_force.py  (numpy, scipy)
"""
import csv, json
import numpy as np
from scipy.optimize import minimize

rng = np.random.default_rng(20261123)
T, t0 = 24, 18
regions = ['North', 'South', 'East', 'West', 'Central', 'Coast']
base = rng.normal(0, 1, (4, T)).cumsum(1)
Y = np.zeros((len(regions), T))
for i in range(len(regions)):
    load = rng.uniform(0.2, 1.5, 4)
    Y[i] = 100 + 20 * i + load @ base + rng.normal(0, 0.8, T)
treated = [0, 3]  # North and West
Y[treated, t0:] += 4.0  # an effect of 4 per region and period
with open('small_panel.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['location', 'period', 'value'])
    for i, r in enumerate(regions):
        for t in range(T):
            w.writerow([r, t + 1, round(Y[i, t], 6)])
Y = np.array([[float(x) for x in row] for row in np.round(Y, 6)])

def fit(Y, treated, t0):
    ct = [i for i in range(len(Y)) if i not in treated]
    m = Y[:, :t0].mean(1, keepdims=True)
    D = Y - m
    x1 = D[treated].mean(0)
    X0 = D[ct]
    A, b = X0[:, :t0].T, x1[:t0]
    s = b @ b
    n = len(ct)
    f = lambda w: np.sum((A @ w - b) ** 2) / s
    g = lambda w: 2 * A.T @ (A @ w - b) / s
    r = minimize(f, np.ones(n) / n, jac=g, method='SLSQP', bounds=[(0, 1)] * n,
                 constraints=[{'type': 'eq', 'fun': lambda w: w.sum() - 1, 'jac': lambda w: np.ones(n)}],
                 options={'ftol': 1e-15, 'maxiter': 10000})
    w = r.x
    sse = np.sum((A @ w - b) ** 2)
    uni = np.sum((A @ (np.ones(n) / n) - b) ** 2)
    att = (x1 - X0.T @ w)[t0:].mean()
    return ct, w, sse, uni, att, (A, b)

ct, w, sse, uni, att, (A, b) = fit(Y, treated, t0)

# Brute force on a 3-donor sub-problem: treated North, donors East, Central, Coast.
ct3 = [2, 4, 5]
m = Y[:, :t0].mean(1, keepdims=True)
D = Y - m
A3, b3 = D[ct3, :t0].T, D[0, :t0]
best, bw = np.inf, None
step = 0.0005
for a in np.arange(0, 1 + step / 2, step):
    bs = np.arange(0, 1 - a + step / 2, step)
    W = np.stack([np.full_like(bs, a), bs, np.clip(1 - a - bs, 0, None)], 1)
    E = ((W @ A3.T - b3) ** 2).sum(1)
    k = E.argmin()
    if E[k] < best:
        best, bw = E[k], W[k]
_, w3, sse3, _, _, _ = fit(Y[[0] + ct3], [0], t0)
assert np.abs(w3 - bw).max() < 2 * step, (w3, bw)

json.dump({
    'treated': [regions[i] for i in treated], 'testStart': t0 + 1, 'effect': 4.0,
    'weights': {regions[i]: w[k] for k, i in enumerate(ct)},
    'l2Imbalance': float(np.sqrt(sse)), 'scaledL2Imbalance': float(np.sqrt(sse / uni)), 'att': float(att),
    'threeDonors': {'treated': 'North', 'donors': [regions[i] for i in ct3],
                    'slsqpWeights': list(map(float, w3)), 'gridWeights': list(map(float, bw)),
                    'gridStep': step, 'l2Imbalance': float(np.sqrt(sse3))},
}, open('small_panel.json', 'w'), indent=1)
print(json.dumps({regions[i]: round(w[k], 6) for k, i in enumerate(ct)}), np.sqrt(sse), att, w3, bw)
