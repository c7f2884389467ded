using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer(
    "DoubleRandom.Api.IntegrationTests.OpenApi.AfterSuiteLastOrderer", "DoubleRandom.Api.IntegrationTests")]

namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>xunit's own order of test collections, with <see cref="AfterSuiteCollection"/> moved to the end.</summary>
public sealed class AfterSuiteLastOrderer : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer _default = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderBy(c => c.DisplayName.EndsWith(AfterSuiteCollection.Name, StringComparison.Ordinal));
}
