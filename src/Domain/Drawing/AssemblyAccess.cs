using System.Runtime.CompilerServices;

// The vectorised hashing is checked against the BCL and measured, not called from outside.
[assembly: InternalsVisibleTo("DoubleRandom.Domain.Tests")]
[assembly: InternalsVisibleTo("DoubleRandom.Benchmarks")]
