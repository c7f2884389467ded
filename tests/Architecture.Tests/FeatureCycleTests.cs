using System.Reflection;
using NetArchTest.Rules;

namespace DoubleRandom.Architecture.Tests;

/// <summary>
/// Features of the Application depend one way: Draws reads Tasks (a draw is prepared from a task), Tasks never reads
/// Draws. Closing a task reaches the draws through <c>TaskClosedNotification</c>, which a Draws handler answers.
/// </summary>
public sealed class FeatureCycleTests
{
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    [Fact]
    public void Application_Tasks_does_not_depend_on_Application_Draws()
    {
        var result = FeatureDependsOn("Tasks", "Draws");
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    /// <summary>The same rule, turned the other way, finds Draws' real use of Tasks: the rule is not vacuous.</summary>
    [Fact]
    public void The_feature_rule_reports_Application_Draws_depending_on_Application_Tasks()
    {
        var result = FeatureDependsOn("Draws", "Tasks");
        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypeNames, name => name.StartsWith("DoubleRandom.Application.Draws.", StringComparison.Ordinal));
    }

    private static TestResult FeatureDependsOn(string feature, string other) =>
        Types.InAssembly(Application).That().ResideInNamespace($"DoubleRandom.Application.{feature}")
            .ShouldNot().HaveDependencyOn($"DoubleRandom.Application.{other}")
            .GetResult();
}
