using DoubleRandom.Analytics;
using DoubleRandom.Bench;
using DoubleRandom.RiskScoreBench;

// The service composed without the web host (bench/Shared/BenchServices): one analyst re-scores a roster of --targets
// targets (scripts/bench-risk-score.sh).
using var host = BenchServices.Build<BenchAnalyst>(args, services => services.AddAnalytics());
return await RiskScoreBench.RunAsync(host.Services, args);
