return await DoubleRandom.RiskFeatureBench.RiskFeatureBench.RunAsync(args);
