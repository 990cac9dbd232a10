"""Reference values for AB_TEST's small-count branch (Fisher's exact test), with scipy.

Run: python3 test/core/stats/reference/fisher_reference.py  (writes fisher_reference.json beside it)
- p_value: scipy.stats.fisher_exact([[conv_b, visitors_b - conv_b], [conv_a, visitors_a - conv_a]]),
  two-sided (the minimum-likelihood rule).
- interval: the odds ratios psi whose two-sided minimum-likelihood p-value under Fisher's noncentral
  hypergeometric law (scipy.stats.nchypergeom_fisher, conditioning on the total conversions) is at
  least alpha (Baptista & Pike 1977), found by scipy.optimize.brentq on log(psi), written as the
  difference of rates of the conditional mean table: E[x]/n_b - (m - E[x])/n_a.
"""
import json, math, os
import numpy as np
from scipy import stats, optimize

HERE = os.path.dirname(__file__)
TIE = 1 + 1e-7

def p_at(t, ca, na, cb, nb):
    m = ca + cb
    lo, hi = max(0, m - na), min(m, nb)
    xs = np.arange(lo, hi + 1)
    if t == 0:
        pmf = stats.hypergeom.pmf(xs, na + nb, nb, m)
    else:
        pmf = stats.nchypergeom_fisher.pmf(xs, na + nb, nb, m, math.exp(t))
    pmf = pmf / pmf.sum()
    obs = pmf[cb - lo]
    return min(1.0, float(pmf[pmf <= obs * TIE].sum())), xs, pmf

def mean_at(t, ca, na, cb, nb):
    _, xs, pmf = p_at(t, ca, na, cb, nb)
    return float((xs * pmf).sum())

def interval(ca, na, cb, nb, conf):
    alpha = 1 - conf
    m = ca + cb
    lo, hi = max(0, m - na), min(m, nb)
    diff = lambda x: x / nb - (m - x) / na
    f = lambda t: p_at(t, ca, na, cb, nb)[0] - alpha
    if cb == lo: lower = diff(lo)
    else:
        # the crossing below the estimate: scan down from the mode for a sign change
        mle = optimize.brentq(lambda t: mean_at(t, ca, na, cb, nb) - cb, -50, 50) if cb < hi else 50
        a = min(mle, 0) if f(0) >= 0 or mle < 0 else 0
        b = a - 1
        while f(b) >= 0: b -= 1
        if f(0) < 0 and mle > 0: a, b = mle, 0
        t = optimize.brentq(f, b, a, xtol=1e-13)
        lower = diff(mean_at(t, ca, na, cb, nb))
    if cb == hi: upper = diff(hi)
    else:
        mle = optimize.brentq(lambda t: mean_at(t, ca, na, cb, nb) - cb, -50, 50) if cb > lo else -50
        a = max(mle, 0) if f(0) >= 0 or mle > 0 else 0
        b = a + 1
        while f(b) >= 0: b += 1
        if f(0) < 0 and mle < 0: a, b = mle, 0
        t = optimize.brentq(f, a, b, xtol=1e-13)
        upper = diff(mean_at(t, ca, na, cb, nb))
    return lower, upper

CASES = [(0, 100, 5, 100, 0.95), (5, 100, 0, 100, 0.95), (1, 100, 6, 100, 0.95), (2, 40, 7, 38, 0.9),
         (3, 20, 3, 20, 0.95), (0, 12, 0, 9, 0.95), (1, 2000, 9, 2100, 0.95), (4, 5000, 12, 5100, 0.8),
         (9, 10, 4, 10, 0.95), (10, 10, 5, 10, 0.95), (0, 3, 3, 3, 0.9)]
out = []
for ca, na, cb, nb, conf in CASES:
    p = stats.fisher_exact([[cb, nb - cb], [ca, na - ca]])[1]
    lo, up = interval(ca, na, cb, nb, conf)
    out.append({'convA': ca, 'visA': na, 'convB': cb, 'visB': nb, 'confidence': conf, 'pValue': float(p), 'diffLower': lo, 'diffUpper': up})
json.dump({'fisher': out}, open(os.path.join(HERE, 'fisher_reference.json'), 'w'), indent=1)
print(json.dumps(out, indent=1)[:3000])
