"""Reference values for the A/B statistics, computed independently with scipy and mpmath.

Run: python3 test/core/stats/reference/compute_reference.py  (writes reference.json beside it)
scipy 1.17 / mpmath 1.3 were used for the committed file.
- z-test: statsmodels-style pooled two-proportion z-test, two-sided p = 2*norm.sf(|z|)
- unpooled (Wald) interval of rate_b - rate_a (kept for reference; AB_TEST now reports the score interval)
- score interval of rate_b - rate_a (Farrington-Manning / Mee): the constrained MLE found by
  scipy's bounded scalar minimisation of the negative log-likelihood (not the cubic formula the
  add-on uses), the ends by brentq on z(delta) = +-z*
- P(B > A): exact integral of Beta posteriors with mpmath quadrature at 40 digits
- Evan Miller's sample size with scipy's normal quantiles
- mSPRT always-valid p-values (running minimum of 1/Lambda)
"""
import json, math, os
import mpmath
from scipy.stats import norm

mpmath.mp.dps = 50

def ztest(ca, na, cb, nb):
    pa, pb = ca / na, cb / nb
    pool = (ca + cb) / (na + nb)
    se = math.sqrt(pool * (1 - pool) * (1 / na + 1 / nb))
    z = (pb - pa) / se
    return z, 2 * norm.sf(abs(z))

def wald(ca, na, cb, nb, conf):
    pa, pb = ca / na, cb / nb
    se = math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
    z = norm.ppf(1 - (1 - conf) / 2)
    return pb - pa - z * se, pb - pa + z * se

def prob_b_beats_a(ca, na, cb, nb):
    """Evan Miller's closed form, every term from mpmath's beta function at 50 digits
    (no recurrence, no log-space tricks), cross-checked against numerical integration."""
    aA, bA, aB, bB = ca + 1, na - ca + 1, cb + 1, nb - cb + 1
    total = mpmath.mpf(0)
    lbA = mpmath.log(mpmath.beta(aA, bA))
    for i in range(aB):
        total += mpmath.exp(mpmath.log(mpmath.beta(aA + i, bA + bB)) - mpmath.log(bB + i) - mpmath.log(mpmath.beta(1 + i, bB)) - lbA)
    p = float(total)
    if aB + bB < 5000:
        from scipy import integrate
        from scipy.stats import beta
        q, _ = integrate.quad(lambda x: beta.pdf(x, aB, bB) * beta.cdf(x, aA, bA), 0, 1, epsabs=1e-13, limit=500)
        assert abs(q - p) < 1e-7, (ca, na, cb, nb, p, q)
    return p

def sample_size(p, d, alpha=0.05, power=0.8):
    if p > 0.5:
        p = 1 - p
    ta, tb = norm.ppf(1 - alpha / 2), norm.ppf(power)
    sd1 = math.sqrt(2 * p * (1 - p))
    sd2 = math.sqrt(p * (1 - p) + (p + d) * (1 - p - d))
    return math.ceil(round((ta * sd1 + tb * sd2) ** 2 / (d * d), 9))

def msprt(looks, tau2=0.0001):
    out, p = [], 1.0
    for ca, na, cb, nb in looks:
        pa, pb = ca / na, cb / nb
        v = pa * (1 - pa) / na + pb * (1 - pb) / nb
        if v > 0:
            th = pb - pa
            lam = math.sqrt(v / (v + tau2)) * math.exp(tau2 * th * th / (2 * v * (v + tau2)))
            p = min(p, 1 / lam)
        out.append(min(1.0, p))
    return out

def score_z(ca, na, cb, nb, delta):
    """z(delta) = (pb - pa - delta) / sqrt(var at the MLE constrained to p_b - p_a = delta)."""
    from scipy.optimize import minimize_scalar
    pa, pb = ca / na, cb / nb
    lo, hi = max(0.0, -delta), min(1.0, 1.0 - delta)   # range of p_a
    def nll(qa):
        qb = qa + delta
        out = 0.0
        for x, n, q in ((ca, na, qa), (cb, nb, qb)):
            if x > 0: out -= x * math.log(max(q, 1e-300))
            if n - x > 0: out -= (n - x) * math.log(max(1 - q, 1e-300))
        return out
    r = minimize_scalar(nll, bounds=(lo, hi), method='bounded', options={'xatol': 1e-15})
    qa = r.x
    # the bounded search never returns the end points themselves: try them too
    for cand in (lo, hi):
        if nll(cand) < nll(qa): qa = cand
    qb = qa + delta
    var = qa * (1 - qa) / na + qb * (1 - qb) / nb
    num = pb - pa - delta
    return 0.0 if num == 0 else num / math.sqrt(var)

def score_interval(ca, na, cb, nb, conf):
    from scipy.optimize import brentq
    zc = norm.ppf(1 - (1 - conf) / 2)
    d = cb / nb - ca / na
    eps = 1e-12
    f_lo = lambda t: score_z(ca, na, cb, nb, t) - zc
    f_hi = lambda t: score_z(ca, na, cb, nb, t) + zc
    lower = -1.0 if f_lo(-1 + eps) <= 0 else brentq(f_lo, -1 + eps, d, xtol=1e-15, rtol=1e-13)
    upper = 1.0 if f_hi(1 - eps) >= 0 else brentq(f_hi, d, 1 - eps, xtol=1e-15, rtol=1e-13)
    return lower, upper

ab_cases = [
    (120, 5000, 156, 5000), (200, 10000, 200, 10000), (30, 1000, 10, 1000), (0, 500, 3, 500),
    (1, 100, 99, 100), (5, 20, 9, 21), (1_000_000, 100_000_000, 1_002_000, 100_000_000), (12, 400_000, 25, 410_000),
    (48, 80, 56, 70), (0, 10, 10, 10), (0, 10, 0, 10), (5, 100, 5000, 1_000_000), (3, 50, 9, 40),
]
ab = []
for ca, na, cb, nb in ab_cases:
    z, p = ztest(ca, na, cb, nb) if (ca + cb) not in (0, na + nb) else (0.0, 1.0)
    lo, hi = wald(ca, na, cb, nb, 0.95)
    slo, shi = score_interval(ca, na, cb, nb, 0.95)
    slo99, shi99 = score_interval(ca, na, cb, nb, 0.99)
    ab.append({"input": [ca, na, cb, nb], "z": z, "p": p, "lower95": lo, "upper95": hi,
               "scoreLower95": slo, "scoreUpper95": shi, "scoreLower99": slo99, "scoreUpper99": shi99})

bayes_cases = [(120, 5000, 156, 5000), (0, 10, 0, 10), (3, 10, 7, 10), (0, 500, 3, 500), (10, 10, 10, 10),
               (45, 1000, 52, 1000), (480, 20000, 560, 21000), (1, 2, 0, 3), (2500, 100000, 2600, 100000)]
bayes = [{"input": list(c), "p": prob_b_beats_a(*c)} for c in bayes_cases]

ss_cases = [(0.03, 0.005), (0.1, 0.02), (0.5, 0.05), (0.8, 0.05), (0.2, -0.03), (0.001, 0.0005), (0.03, 0.005, 0.01, 0.9)]
ss = [{"input": list(c), "n": sample_size(*c)} for c in ss_cases]

looks = [(20, 1000, 25, 1000), (45, 2000, 60, 2000), (70, 3000, 98, 3000), (90, 4000, 140, 4000), (115, 5000, 190, 5000)]
seq = {"input": [list(l) for l in looks], "tau2": 0.0001, "p": msprt(looks)}

with open(os.path.join(os.path.dirname(__file__), "reference.json"), "w") as f:
    json.dump({"abTest": ab, "probBBeatsA": bayes, "sampleSize": ss, "sequential": seq}, f, indent=1)
print("wrote reference.json")

# ---------------------------------------------------------------------------------------------
# Issue #11: P(B > A) at its edges — fractional counts, sizes past a million terms, tiny tails.
# Whole counts: Evan Miller's sum for the smaller tail itself, at 40 digits with the term ratio
# recurrence (a million terms in mpmath; no 1 − sum). Fractional counts: mpmath quadrature of
# f_X(t)·I_t(aY, bY) over the window where the integrand lives (located with scipy), cross-checked
# with scipy.integrate.quad in log space.
def closed_form_tail(aX, bX, aY, bY):
    """P(X > Y), X ~ Beta(aX, bX), Y ~ Beta(aY, bY), aX a whole number."""
    mpmath.mp.dps = 40
    aX, bX, aY, bY = [mpmath.mpf(v) for v in (aX, bX, aY, bY)]
    term = mpmath.beta(aY, bY + bX) / (bX * mpmath.beta(1, bX) * mpmath.beta(aY, bY))
    total = term
    for i in range(int(aX) - 1):
        term *= (aY + i) * (bX + i) / ((aY + bY + bX + i) * (1 + i))
        total += term
    return total

def quad_tail(aX, bX, aY, bY):
    """P(X > Y) by quadrature, for any real shapes."""
    import numpy as np
    from scipy import integrate, optimize, special
    mpmath.mp.dps = 30
    lbX = special.betaln(aX, bX)
    logf = lambda t: (aX - 1) * np.log(t) + (bX - 1) * np.log1p(-t) - lbX + np.log(special.betainc(aY, bY, t))
    peak = optimize.minimize_scalar(lambda t: -logf(t), bounds=(1e-12, 1 - 1e-12), method='bounded', options={'xatol': 1e-14}).x
    top = logf(peak)
    lo = optimize.brentq(lambda t: logf(t) - top + 60, 1e-300, peak) if logf(1e-300) < top - 60 else 0.0
    hi = optimize.brentq(lambda t: logf(t) - top + 60, peak, 1 - 1e-16) if peak < 1 - 1e-9 and logf(1 - 1e-16) < top - 60 else 1.0
    mlbX = mpmath.log(mpmath.beta(aX, bX))
    f = lambda t: mpmath.exp((aX - 1) * mpmath.log(t) + (bX - 1) * mpmath.log1p(-t) - mlbX) * mpmath.betainc(aY, bY, 0, t, regularized=True)
    p = mpmath.quad(f, mpmath.linspace(max(lo, 1e-300), hi, 40))
    q, _ = integrate.quad(lambda t: np.exp(logf(t) - top), max(lo, 1e-300), hi, points=[peak], epsabs=0, epsrel=1e-12, limit=500)
    q *= math.exp(top)
    assert abs(q - float(p)) <= 1e-8 * float(p), (aX, bX, aY, bY, p, q)
    return p

def prob_b_beats_a_edge(ca, na, cb, nb):
    aA, bA, aB, bB = ca + 1, na - ca + 1, cb + 1, nb - cb + 1
    b_lower = aB * (aA + bA) <= aA * (aB + bB)
    X = (aB, bB, aA, bA) if b_lower else (aA, bA, aB, bB)  # the smaller tail: P(lower one > other)
    whole = lambda v: float(v).is_integer()
    if whole(X[0]):
        small = closed_form_tail(*X)
    elif whole(X[3]):
        small = closed_form_tail(X[3], X[2], X[1], X[0])  # p > q ⇔ 1−p < 1−q
    else:
        small = quad_tail(*X)
    p = small if b_lower else 1 - small
    return {"input": [ca, na, cb, nb], "p": float(p), "smallerTail": float(small), "bIsLower": b_lower}

edge_cases = [
    (0.5, 3, 0.7, 3),                                   # the example: 0.561
    (120.4, 5000, 156, 5000), (3.5, 100, 0.25, 80), (10.5, 40.5, 2.25, 39.75),
    (1_000_000, 100_000_000, 1_002_000, 100_000_000),   # past a million terms (was a normal approximation)
    (400, 1000, 300, 1000), (700, 1000, 400, 1000),     # tiny tails: ~1e-6 … ~1e-40
    (90, 1000, 10, 1000), (300, 1000, 100, 1000),
    (250.5, 1000, 150.25, 1000),                        # tiny and fractional
    (200, 1000, 12, 1000), (250, 1000, 5, 1000),        # ~1e-50 and ~1e-75
]
bayes_edges = [prob_b_beats_a_edge(*c) for c in edge_cases]

with open(os.path.join(os.path.dirname(__file__), "reference.json")) as f:
    data = json.load(f)
data["probBBeatsAEdges"] = bayes_edges
with open(os.path.join(os.path.dirname(__file__), "reference.json"), "w") as f:
    json.dump(data, f, indent=1)
print("added the P(B > A) edge cases")
