return await DoubleRandom.UploadBench.UploadBench.RunAsync(args);
