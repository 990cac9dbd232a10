"""Reference p-values for SRM_P (src/core/stats/srm.ts) from scipy.stats.chisquare.

Run: python3 test/core/stats/srm/reference.py > test/core/stats/srm/reference.json
"""
import json
from scipy.stats import chisquare

CASES = [
    ([5800, 4200], None),
    ([5020, 4980], None),
    ([1000, 1000], None),
    ([612, 388], [60, 40]),
    ([600, 400], [60, 40]),
    ([100, 120, 80], None),
    ([3000, 2000, 1000], [50, 30, 20]),
    ([50123, 49877], None),
    ([50600, 49400], None),
    ([10, 3], None),
    ([2950, 3020, 3040, 2980], None),
    ([11200, 9800], [0.5, 0.5]),
]

out = []
for observed, shares in CASES:
    n = sum(observed)
    expected = None if shares is None else [n * s / sum(shares) for s in shares]
    r = chisquare(observed, expected)
    out.append({"observed": observed, "shares": shares, "chi2": float(r.statistic), "p": float(r.pvalue)})
print(json.dumps(out, indent=1))
