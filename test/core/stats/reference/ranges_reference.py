"""Reference values for the ranges on criteria (docs/contract.md §2.5) and WEEKS_NEEDED (docs/contract.md §1.7),
computed independently of the TypeScript with numpy and scipy.

Run: python3 test/core/stats/reference/ranges_reference.py  (writes ranges_reference.json beside it)
numpy 2 / scipy 1.17 were used for the committed file.

- Ratio of sums R = sum(A)/sum(B) over weeks: the delta-method variance is taken from the
  sample covariance matrix of the weekly (A, B) pairs (numpy.cov) and the gradient of
  f(mean A, mean B) = mean A / mean B, Var(R) = g' S g / n -- a different route to the
  contract's s_d / (sqrt(n) * mean B); the t quantile is scipy's t.ppf.
- WEEKS_NEEDED: brute force over n = weeks, weeks+1, ... until the half-width
  t.ppf((1+c)/2, n-1) * s_d / (sqrt(n) * mean B) fits between R and the target.
- Sales growth: the gradient of f(m1, m0) = m1/m0 - 1 taken numerically (central differences),
  the variances s1^2/n1 and s0^2/n0, Welch-Satterthwaite df from the two delta-method terms.
- iROAS by TBR on weekly series: OLS fit with numpy.linalg.lstsq and the covariance
  sigma^2 (X'X)^-1 from numpy.linalg.inv, predictive variance of the summed effect as in
  Kerman, Wang & Vaver (2017).
"""
import json, math, os
import numpy as np
from scipy.stats import t as student_t

def ratio_interval(a, b, conf):
    a, b = np.asarray(a, float), np.asarray(b, float)
    n = len(a)
    ma, mb = a.mean(), b.mean()
    r = ma / mb
    S = np.cov(np.vstack([a, b]), ddof=1)
    g = np.array([1 / mb, -ma / mb ** 2])
    se = math.sqrt(g @ S @ g / n)
    h = student_t.ppf((1 + conf) / 2, n - 1) * se
    return {"estimate": r, "lower": r - h, "upper": r + h}

def weeks_needed(a, b, target, conf, direction):
    a, b = np.asarray(a, float), np.asarray(b, float)
    n = len(a)
    r = a.sum() / b.sum()
    if (direction == ">=" and r < target) or (direction == "<=" and r > target):
        return None
    sd = np.std(a - r * b, ddof=1)
    mb = b.mean()
    dist = abs(r - target)
    for N in range(n, n + 100000):
        if student_t.ppf((1 + conf) / 2, N - 1) * sd / (math.sqrt(N) * mb) <= dist:
            return N - n
    return None

def growth_interval(stage, base, conf):
    x1, x0 = np.asarray(stage, float), np.asarray(base, float)
    n1, n0 = len(x1), len(x0)
    m1, m0 = x1.mean(), x0.mean()
    f = lambda u, v: u / v - 1
    e1, e0 = 1e-6 * abs(m1), 1e-6 * abs(m0)
    g1 = (f(m1 + e1, m0) - f(m1 - e1, m0)) / (2 * e1)
    g0 = (f(m1, m0 + e0) - f(m1, m0 - e0)) / (2 * e0)
    v1 = g1 ** 2 * x1.var(ddof=1) / n1
    v0 = g0 ** 2 * x0.var(ddof=1) / n0
    df = (v1 + v0) ** 2 / (v1 ** 2 / (n1 - 1) + v0 ** 2 / (n0 - 1))
    h = student_t.ppf((1 + conf) / 2, df) * math.sqrt(v1 + v0)
    est = f(m1, m0)
    return {"estimate": est, "lower": est - h, "upper": est + h, "df": df}

def tbr(test, control, pretest, spend, conf):
    y, x = np.asarray(test, float), np.asarray(control, float)
    X = np.column_stack([np.ones(pretest), x[:pretest]])
    coef, *_ = np.linalg.lstsq(X, y[:pretest], rcond=None)
    resid = y[:pretest] - X @ coef
    df = pretest - 2
    s2 = resid @ resid / df
    cov = s2 * np.linalg.inv(X.T @ X)
    xt = x[pretest:]
    n = len(xt)
    effect = float(np.sum(y[pretest:] - coef[0] - coef[1] * xt))
    v = np.array([n, n * xt.mean()])
    var = v @ cov @ v + n * s2
    h = student_t.ppf((1 + conf) / 2, df) * math.sqrt(var) / spend
    return {"estimate": effect / spend, "lower": effect / spend - h, "upper": effect / spend + h}

# The README's worked example: 4 weeks of 1,000 spend, revenue 2,200 / 3,200 / 2,400 / 3,000.
HAND = {"a": [2200, 3200, 2400, 3000], "b": [1000, 1000, 1000, 1000]}
ratio_cases = [
    HAND,
    {"a": [11300 + 7350, 11900 + 7010, 12150 + 6880, 11600 + 7150], "b": [2480 + 2510, 2530 + 2490, 2500 + 2470, 2520 + 2500]},
    {"a": [5100, 4800], "b": [2000, 2100]},
    {"a": [1200, 950, 1430, 1010, 880, 1333, 1250], "b": [40, 31, 52, 30, 35, 41, 44]},
    {"a": [3.5, 12.25, 0.5, 9.0, 7.75], "b": [1.0, 4.0, 0.25, 3.5, 2.0]},
]
ratios = [{"a": c["a"], "b": c["b"], "confidence": conf, **ratio_interval(c["a"], c["b"], conf)} for c in ratio_cases for conf in (0.8, 0.9, 0.95)]

weeks_cases = [
    (HAND["a"], HAND["b"], 2.5, 0.8, ">="),
    (HAND["a"], HAND["b"], 2.5, 0.95, ">="),
    (HAND["a"], HAND["b"], 2.0, 0.8, ">="),
    (HAND["a"], HAND["b"], 2.69, 0.9, ">="),
    (HAND["a"], HAND["b"], 3.0, 0.8, ">="),
    ([1000, 1000, 1000, 1000], [30, 26, 35, 29], 40, 0.8, "<="),
    ([1000, 1000, 1000, 1000], [30, 26, 35, 29], 34, 0.9, "<="),
    ([1000, 1000, 1000, 1000], [30, 26, 35, 29], 30, 0.8, "<="),
    ([5100, 4800], [2000, 2100], 2.2, 0.8, ">="),
]
weeks = [{"a": a, "b": b, "target": tg, "confidence": c, "direction": d, "weeks": weeks_needed(a, b, tg, c, d)} for a, b, tg, c, d in weeks_cases]

growth_cases = [
    ([2000, 2400], [1000, 1200]),
    ([9500, 10100, 9800, 10400], [9100, 9400, 8800, 9200]),
    ([12000, 11000, 13500], [10000, 10400, 9900, 10100, 10300]),
]
growth = [{"stage": s, "baseline": b, "confidence": c, **growth_interval(s, b, c)} for s, b in growth_cases for c in (0.8, 0.95)]

tbr_cases = [
    # 6 Baseline weeks, then 4 test weeks; control revenue from a holdout region.
    ([9100, 9400, 8800, 9200, 9050, 9300, 10900, 11200, 10800, 11500], [3000, 3120, 2890, 3060, 2990, 3100, 3050, 3080, 3010, 3150], 6, 4000),
    ([500, 520, 480, 510, 640, 650], [100, 104, 95, 103, 101, 99], 4, 300),
]
tbrs = [{"test": y, "control": x, "pretest": p, "spend": s, "confidence": c, **tbr(y, x, p, s, c)} for y, x, p, s in tbr_cases for c in (0.8, 0.9)]

with open(os.path.join(os.path.dirname(__file__), "ranges_reference.json"), "w") as f:
    json.dump({"ratio": ratios, "weeksNeeded": weeks, "growth": growth, "tbr": tbrs}, f, indent=1)
print("wrote ranges_reference.json")
