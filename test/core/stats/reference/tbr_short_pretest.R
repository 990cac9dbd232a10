# TBR on short pretests, computed the way Google's GeoexperimentsResearch does it
# (R/dotbranalysis_tbr1.R, DoTBRAnalysisTbr1.TBRAnalysisData, commit abf2eac, the lines that
# fit the pretest and accumulate the predictive variance), in R with lm/vcov as that package does.
# Run: Rscript test/core/stats/reference/tbr_short_pretest.R
#   (writes tbr_short_pretest.csv beside it; issue #27 item 3)
# The data: weekly series of 4, 6, 8, 10 and 12 pretest weeks and 6 test weeks, built
# deterministically from sines so no random generator is involved.
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
rows <- list()
for (pretest in c(4L, 6L, 8L, 10L, 12L)) {
  n <- pretest + 6L
  t <- seq_len(n)
  x <- 50000 + 4000 * sin(t / 2.3) + 900 * cos(1.7 * t)
  y <- 5000 + 0.9 * x + 1500 * sin(2.9 * t + 0.4) + ifelse(t > pretest, 15000, 0)
  spend <- 10000 * 6
  in.pretest <- t <= pretest
  in.prediction <- t > pretest
  pretest.data <- data.frame(y = y[in.pretest], x = x[in.pretest])
  # --- as DoTBRAnalysisTbr1 ---
  lmfit <- lm(y ~ x, data = pretest.data)
  lmpred <- predict(lmfit, newdata = data.frame(x = x), se.fit = TRUE)
  y.hat <- lmpred[["fit"]]
  sigma <- lmpred[["residual.scale"]]
  y.pred.dif <- y - y.hat
  x.test <- x[in.prediction]
  x.seq <- seq_along(x.test)
  x.cum.mean <- cumsum(x.test) / x.seq
  cm <- vcov(lmfit)
  var.cum.test <- x.seq^2 * (cm[1, 1] + x.cum.mean^2 * cm[2, 2] + 2 * x.cum.mean * cm[1, 2])
  var.cum <- var.cum.test + x.seq * sigma^2
  effect <- cumsum(y.pred.dif[in.prediction])
  last <- length(effect)
  df <- lmfit[["df.residual"]]
  # --- iROAS and its 80% interval, as IROAS_TBR reports them ---
  se <- sqrt(var.cum[last]) / spend
  q <- qt(0.9, df)
  rows[[length(rows) + 1]] <- data.frame(pretest = pretest, effect = effect[last], sd = sqrt(var.cum[last]), df = df,
    iroas = effect[last] / spend, lower = effect[last] / spend - q * se, upper = effect[last] / spend + q * se,
    test = paste(format(y, digits = 17), collapse = ";"), control = paste(format(x, digits = 17), collapse = ";"))
}
out <- do.call(rbind, rows)
write.csv(out, file.path(here, "tbr_short_pretest.csv"), row.names = FALSE)
print(out[, 1:7], digits = 15)
