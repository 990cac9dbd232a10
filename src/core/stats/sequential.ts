/**
 * Always-valid p-values for peeking at an A/B test every week: the mixture sequential
 * probability ratio test (mSPRT) of Johari, Pekelis & Walsh ("Always valid inference",
 * Optimizely's Stats Engine) with a normal mixing distribution of variance τ².
 * At each look, with cumulative counts: V = p̂a(1−p̂a)/na + p̂b(1−p̂b)/nb, θ̂ = p̂b − p̂a,
 * Λ = √(V/(V+τ²)) · exp(τ²θ̂² / (2V(V+τ²))), and the p-value is the running minimum of 1/Λ,
 * capped at 1 — so it never rises, and stopping the first time it drops below α is valid.
 */
export interface Look {
  convA: number;
  visA: number;
  convB: number;
  visB: number;
}

/** One p-value per look; null for a look skipped (blank), which leaves the running minimum as is. */
export function sequentialPValues(looks: readonly (Look | null)[], tau2 = 0.0001): (number | null)[] {
  let p = 1;
  return looks.map((look) => {
    if (!look) return null;
    const pa = look.convA / look.visA;
    const pb = look.convB / look.visB;
    const v = (pa * (1 - pa)) / look.visA + (pb * (1 - pb)) / look.visB;
    if (v > 0 && Number.isFinite(v)) {
      const theta = pb - pa;
      // In logs: exp(...) overflows for large samples long before 1/Λ stops being 0.
      const logLambda = 0.5 * Math.log(v / (v + tau2)) + (tau2 * theta * theta) / (2 * v * (v + tau2));
      p = Math.min(p, Math.exp(-logLambda));
    }
    return Math.min(1, p);
  });
}
