namespace DoubleRandom.Api.IntegrationTests.OpenApi;

/// <summary>
/// Test classes that judge the whole run. xunit 2 runs a collection with <c>DisableParallelization</c> after every
/// parallel collection has finished, and <see cref="AfterSuiteLastOrderer"/> puts it last when collections run one by one.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AfterSuiteCollection
{
    public const string Name = "AfterSuite";
}
