using DoubleRandom.Analytics;
using DoubleRandom.Bench;
using DoubleRandom.EvaluationBench;

// The service composed without the web host (bench/Shared/BenchServices): seeds 1,000,000 targets and 100,000 final
// records, then times the evaluation report's facts and, with --pipeline, the whole report
// (scripts/bench-evaluation-report.sh).
using var host = BenchServices.Build<BenchAnalyst>(args, services => services.AddAnalytics());
return await EvaluationBench.RunAsync(host.Services, args);
