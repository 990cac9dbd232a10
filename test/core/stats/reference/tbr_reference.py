"""Reference values for IROAS_TBR's edges and IROAS_MDE, computed independently with numpy/scipy.

Run: python3 test/core/stats/reference/tbr_reference.py  (writes tbr_reference.json beside it)
- TBR: OLS by numpy.linalg.lstsq on [1, control] (intercept-only when control is constant in the
  pretest, as R's lm drops an aliased column); coefficient covariance sigma2 * inv(X'X);
  Var(effect) = n^2 * g' Cov g + n * sigma2 with g = [1, mean test-period control];
  P(iROAS > threshold) = t.sf(...) (the upper tail itself, not 1 - cdf).
- IROAS_MDE: the same fit on the history rows, g = [1, mean history control], n = test rows,
  MDE = (t.ppf(1 - alpha/2, df) + t.ppf(power, df)) * sd / (n * spend).
- Simulation (seeded): data drawn from the fitted model with the true iROAS set to the MDE; the
  share of simulated TBR analyses whose two-sided interval lies above 0 estimates the power the
  MDE promises (recorded with its Monte Carlo standard error).
"""
import csv, json, math, os
import numpy as np
from scipy import stats

HERE = os.path.dirname(__file__)

def fit(test, control, m):
    y = np.asarray(test[:m], float)
    x = np.asarray(control[:m], float)
    constant = np.ptp(x) == 0
    X = np.ones((m, 1)) if constant else np.column_stack([np.ones(m), x])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ coef
    df = m - X.shape[1]
    sigma2 = float(resid @ resid) / df
    cov = sigma2 * np.linalg.inv(X.T @ X)
    return coef, cov, sigma2, df, constant

def tbr(test, control, m, spend, conf=0.9, threshold=1.0):
    coef, cov, sigma2, df, constant = fit(test, control, m)
    xt = np.asarray(control[m:], float)
    yt = np.asarray(test[m:], float)
    n = len(yt)
    pred = coef[0] + (0 if constant else coef[1] * xt)
    effect = float(np.sum(yt - pred))
    g = np.array([1.0]) if constant else np.array([1.0, xt.mean()])
    var = n * n * float(g @ cov @ g) + n * sigma2
    iroas = effect / spend
    se = math.sqrt(var) / spend
    t = stats.t.ppf(1 - (1 - conf) / 2, df)
    return {"iroas": iroas, "lower": iroas - t * se, "upper": iroas + t * se,
            "probability": float(stats.t.sf((threshold - iroas) / se, df)), "df": df}

def mde(test, control, m, weeks, spend, conf=0.9, power=0.8):
    coef, cov, sigma2, df, constant = fit(test, control, m)
    xbar = float(np.mean(control[:m]))
    g = np.array([1.0]) if constant else np.array([1.0, xbar])
    var = weeks * weeks * float(g @ cov @ g) + weeks * sigma2
    q = stats.t.ppf(1 - (1 - conf) / 2, df) + stats.t.ppf(power, df)
    return q * math.sqrt(var) / (weeks * spend), coef, sigma2, df, constant

def simulate(test, control, m, weeks, spend, conf, power, runs=20000, seed=11):
    """Power of the TBR test when the true iROAS equals the MDE."""
    theta, coef, sigma2, df, constant = mde(test, control, m, weeks, spend, conf, power)
    rng = np.random.default_rng(seed)
    x_pre = np.asarray(control[:m], float)
    xbar = x_pre.mean()
    x_all = np.concatenate([x_pre, np.full(weeks, xbar)])
    base = coef[0] + (0 if constant else coef[1] * x_all)
    lift = np.concatenate([np.zeros(m), np.full(weeks, theta * spend)])
    hits = 0
    for _ in range(runs):
        y = base + lift + rng.normal(0, math.sqrt(sigma2), m + weeks)
        r = tbr(list(y), list(x_all), m, spend * weeks, conf)
        hits += r["lower"] > 0
    p = hits / runs
    return {"mde": theta, "simulatedPower": p, "monteCarloSe": math.sqrt(p * (1 - p) / runs), "runs": runs}

rows = list(csv.reader(open(os.path.join(HERE, "..", "data", "ger_tbr_daily.csv"))))[1:]
ger_test = [float(r[2]) for r in rows]
ger_control = [float(r[3]) for r in rows]

out = {
    # The constant-control example: intercept-only, 1.8 [1.274, 2.326], P 0.981.
    "constantControl": {"input": {"test": [10, 12, 11, 13, 20, 21], "control": [5, 5, 5, 5, 5, 6], "pretest": 4, "spend": 10},
                        **tbr([10, 12, 11, 13, 20, 21], [5, 5, 5, 5, 5, 6], 4, 10)},
    # Tiny upper tails on the vignette data: thresholds far above the estimate.
    "tinyTails": [{"threshold": th, **tbr(ger_test, ger_control, 42, 50000, 0.95, th)} for th in (4, 5, 6, 8)],
}

# IROAS_MDE cases: the vignette history (42 daily rows), a weekly series, and a constant control.
rng = np.random.default_rng(5)
weeks_control = list(np.round(40000 + 3000 * np.sin(np.arange(30) / 3) + rng.normal(0, 800, 30), 2))
weeks_test = list(np.round(0.8 * np.asarray(weeks_control) + 2500 + rng.normal(0, 900, 30), 2))
mde_cases = [
    {"test": ger_test, "control": ger_control, "pretest": 42, "weeks": 28, "spend": 50000 / 28, "confidence": 0.9, "power": 0.8},
    {"test": ger_test, "control": ger_control, "pretest": 42, "weeks": 14, "spend": 2000, "confidence": 0.95, "power": 0.9},
    {"test": weeks_test, "control": weeks_control, "pretest": 30, "weeks": 6, "spend": 5000, "confidence": 0.9, "power": 0.8},
    {"test": weeks_test, "control": weeks_control, "pretest": 12, "weeks": 4, "spend": 5000, "confidence": 0.8, "power": 0.5},
    {"test": [10, 12, 11, 13], "control": [5, 5, 5, 5], "pretest": 4, "weeks": 2, "spend": 10, "confidence": 0.9, "power": 0.8},
]
out["mde"] = []
for c in mde_cases:
    value = mde(c["test"], c["control"], c["pretest"], c["weeks"], c["spend"], c["confidence"], c["power"])[0]
    sim = simulate(c["test"], c["control"], c["pretest"], c["weeks"], c["spend"], c["confidence"], c["power"], runs=4000)
    out["mde"].append({**c, "mde": value, "simulation": sim})

with open(os.path.join(HERE, "tbr_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps({k: v for k, v in out.items() if k != "mde"}, indent=1))
for c in out["mde"]:
    print(c["pretest"], c["weeks"], c["spend"], c["confidence"], c["power"], "MDE", c["mde"], "sim power", c["simulation"]["simulatedPower"], "+-", c["simulation"]["monteCarloSe"])
