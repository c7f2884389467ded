using System.Reflection;
using NetArchTest.Rules;

namespace DoubleRandom.Architecture.Tests;

/// <summary>
/// Features of the Application (the top-level folders of <c>src/Application</c>) depend one way: no two of them use
/// each other, and <c>Common</c> uses none of them. Draws reads Tasks (a draw is prepared from a task), Tasks never
/// reads Draws: closing a task reaches the draws through <c>TaskClosedNotification</c>, which a Draws handler answers.
/// What several features need to scope records (<c>UnitScope</c>, <c>TaskVisibility</c>, <c>RecordScope</c>) is in
/// <c>Common/Scoping</c>.
/// </summary>
public sealed class FeatureCycleTests
{
    private const string Root = "DoubleRandom.Application";

    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    /// <summary>The features, read from the namespaces of the assembly, so a new folder is checked without listing it.</summary>
    private static readonly string[] Features = Application.GetTypes()
        .Select(t => t.Namespace)
        .Where(ns => ns is not null && ns.StartsWith(Root + ".", StringComparison.Ordinal))
        .Select(ns => ns![(Root.Length + 1)..].Split('.')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string, string> FeaturePairs()
    {
        var pairs = new TheoryData<string, string>();
        var features = Features.Where(f => f != "Common").ToArray();
        for (var i = 0; i < features.Length; i++)
        {
            for (var j = i + 1; j < features.Length; j++)
            {
                pairs.Add(features[i], features[j]);
            }
        }

        return pairs;
    }

    public static TheoryData<string> FeaturesButCommon() => [.. Features.Where(f => f != "Common")];

    [Fact]
    public void The_Application_has_the_features_the_cycle_rules_check()
    {
        Assert.Equal(["Archives", "Auditing", "Common", "Draws", "Evaluation", "Identity", "Inspections", "Organization", "PublicResults", "Publication", "Risk", "Rosters", "Tasks"], Features);
    }

    [Theory]
    [MemberData(nameof(FeaturePairs))]
    public void Two_Application_features_do_not_depend_on_each_other(string feature, string other)
    {
        var (there, back) = DependOnEachOther(feature, other);
        Assert.True(there.Count == 0 || back.Count == 0,
            $"{feature} -> {other}: {string.Join(", ", there)}; {other} -> {feature}: {string.Join(", ", back)}");
    }

    [Theory]
    [MemberData(nameof(FeaturesButCommon))]
    public void Application_Common_does_not_depend_on_the_feature(string feature)
    {
        var (there, _) = DependOnEachOther("Common", feature);
        Assert.Empty(there);
    }

    [Fact]
    public void Application_Tasks_does_not_depend_on_Application_Draws()
    {
        var (there, _) = DependOnEachOther("Tasks", "Draws");
        Assert.Empty(there);
    }

    /// <summary>The same rule finds Draws' real use of Tasks.</summary>
    [Fact]
    public void The_feature_rule_reports_Application_Draws_depending_on_Application_Tasks()
    {
        var (there, _) = DependOnEachOther("Draws", "Tasks");
        Assert.Contains(there, name => name.StartsWith($"{Root}.Draws.", StringComparison.Ordinal));
    }

    /// <summary>
    /// The same rule finds a real two-way dependency, one level down (signing in reads users, user handlers issue and
    /// revoke sessions): the rule is not vacuous, in either direction.
    /// </summary>
    [Fact]
    public void The_feature_rule_reports_Identity_Auth_and_Identity_Users_depending_on_each_other()
    {
        var (there, back) = DependOnEachOther("Identity.Auth", "Identity.Users");
        Assert.Contains(there, name => name.StartsWith($"{Root}.Identity.Auth.", StringComparison.Ordinal));
        Assert.Contains(back, name => name.StartsWith($"{Root}.Identity.Users.", StringComparison.Ordinal));
    }

    /// <summary>The types of <paramref name="feature"/> that use <paramref name="other"/>, and those of <paramref name="other"/> that use <paramref name="feature"/>.</summary>
    private static (IReadOnlyList<string> There, IReadOnlyList<string> Back) DependOnEachOther(string feature, string other) =>
        (Users(feature, other), Users(other, feature));

    private static IReadOnlyList<string> Users(string feature, string other)
    {
        var result = Types.InAssembly(Application).That().ResideInNamespace($"{Root}.{feature}")
            .ShouldNot().HaveDependencyOn($"{Root}.{other}")
            .GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames];
    }
}
