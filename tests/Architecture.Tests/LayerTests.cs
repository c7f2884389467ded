using System.Reflection;
using NetArchTest.Rules;

namespace DoubleRandom.Architecture.Tests;

/// <summary>
/// Domain ← Application ← Infrastructure, Analytics ← Api. Nothing points the other way. Each rule is written once
/// (a method below) and used twice: on the code it guards, where it must pass, and on code that breaks it, where it
/// must fail (<see cref="Each_rule_fails_on_code_that_breaks_it"/>), so a rule that checks nothing cannot pass forever.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Analytics = typeof(Analytics.AnalyticsAssembly).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    private static readonly string[] Frameworks =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "Mediator", "FluentValidation",
        "Riok.Mapperly", "Npgsql", "Microsoft.Data.Sqlite", "Serilog", "Swashbuckle",
    ];

    /// <summary>The rules by name, each applied to the assembly and namespace it is asked about.</summary>
    private static readonly Dictionary<string, Func<Assembly, string, TestResult>> Rules = new(StringComparer.Ordinal)
    {
        [nameof(ReferencesNoOtherLayerAndNoFramework)] = ReferencesNoOtherLayerAndNoFramework,
        [nameof(ReferencesNoOuterLayerNoWebAndNoDatabaseProvider)] = ReferencesNoOuterLayerNoWebAndNoDatabaseProvider,
        [nameof(ReferencesNeitherTheApiNorAnalytics)] = ReferencesNeitherTheApiNorAnalytics,
        [nameof(ReferencesNeitherTheApiNorInfrastructure)] = ReferencesNeitherTheApiNorInfrastructure,
        [nameof(ReferencesNoInfrastructure)] = ReferencesNoInfrastructure,
        [nameof(ReferencesNothingElseInTheDomain)] = ReferencesNothingElseInTheDomain,
    };

    [Fact]
    public void Domain_types_reference_no_other_layer_and_no_framework_package() =>
        AssertHolds(ReferencesNoOtherLayerAndNoFramework(Domain, "DoubleRandom.Domain"));

    [Fact]
    public void Domain_assembly_references_only_base_class_library_assemblies()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib",
            $"Domain references {name}"));
    }

    [Fact]
    public void Domain_Drawing_references_nothing_else_in_the_domain() =>
        AssertHolds(ReferencesNothingElseInTheDomain(Domain, "DoubleRandom.Domain.Drawing"));

    [Fact]
    public void Application_types_reference_no_outer_layer_no_AspNetCore_and_no_database_provider() =>
        AssertHolds(ReferencesNoOuterLayerNoWebAndNoDatabaseProvider(Application, "DoubleRandom.Application"));

    [Fact]
    public void Infrastructure_types_reference_neither_the_Api_nor_Analytics() =>
        AssertHolds(ReferencesNeitherTheApiNorAnalytics(Infrastructure, "DoubleRandom.Infrastructure"));

    [Fact]
    public void Analytics_types_reference_neither_the_Api_nor_Infrastructure() =>
        AssertHolds(ReferencesNeitherTheApiNorInfrastructure(Analytics, "DoubleRandom.Analytics"));

    [Fact]
    public void Api_endpoints_reference_no_Infrastructure_type() =>
        AssertHolds(ReferencesNoInfrastructure(Api, "DoubleRandom.Api.Endpoints"));

    [Fact]
    public void Api_assembly_references_Infrastructure_and_Application_assembly_does_not()
    {
        Assert.Contains(Api.GetReferencedAssemblies(), a => a.Name == Infrastructure.GetName().Name);
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name == Infrastructure.GetName().Name);
    }

    /// <summary>Each rule above, applied to code known to break it, reports it (the same method, not a copy).</summary>
    [Theory]
    [InlineData(nameof(ReferencesNoOtherLayerAndNoFramework), "Infrastructure", "DoubleRandom.Infrastructure")]
    [InlineData(nameof(ReferencesNothingElseInTheDomain), "Domain", "DoubleRandom.Domain.Draws")]
    [InlineData(nameof(ReferencesNoOuterLayerNoWebAndNoDatabaseProvider), "Infrastructure", "DoubleRandom.Infrastructure")]
    [InlineData(nameof(ReferencesNeitherTheApiNorAnalytics), "Api", "DoubleRandom.Api")]
    [InlineData(nameof(ReferencesNeitherTheApiNorInfrastructure), "Api", "DoubleRandom.Api")]
    [InlineData(nameof(ReferencesNoInfrastructure), "Api", "DoubleRandom.Api.Cli")]
    public void Each_rule_fails_on_code_that_breaks_it(string rule, string assembly, string @namespace)
    {
        var target = assembly switch
        {
            "Domain" => Domain,
            "Infrastructure" => Infrastructure,
            _ => Api,
        };
        var result = Rules[rule](target, @namespace);
        Assert.False(result.IsSuccessful, $"{rule} passed on {@namespace}, which breaks it");
        Assert.NotEmpty(result.FailingTypeNames);
    }

    [Fact]
    public void Every_rule_is_proven_to_fail_on_code_that_breaks_it()
    {
        var proven = typeof(LayerTests).GetMethod(nameof(Each_rule_fails_on_code_that_breaks_it))!
            .GetCustomAttributes<InlineDataAttribute>().Select(d => (string)d.GetData(null!).Single()[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Rules.Keys.Order(StringComparer.Ordinal), proven.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Handlers_and_validators_are_declared_only_in_the_Application_assembly()
    {
        static bool IsUseCase(Type t) => t.GetInterfaces().Any(i => i.IsGenericType && (
            i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)
            || i.GetGenericTypeDefinition() == typeof(Mediator.ICommandHandler<,>)
            || i.GetGenericTypeDefinition() == typeof(Mediator.IQueryHandler<,>)));

        Assert.Contains(Application.GetTypes(), IsUseCase);
        var misplaced = new[] { Domain, Infrastructure, Analytics, Api }.SelectMany(a => a.GetTypes()).Where(IsUseCase);
        Assert.Empty(misplaced);
    }

    private static PredicateList In(Assembly assembly, string @namespace) =>
        Types.InAssembly(assembly).That().ResideInNamespace(@namespace);

    private static TestResult ReferencesNoOtherLayerAndNoFramework(Assembly assembly, string @namespace) =>
        In(assembly, @namespace).ShouldNot()
            .HaveDependencyOnAny(["DoubleRandom.Application", "DoubleRandom.Infrastructure", "DoubleRandom.Analytics", "DoubleRandom.Api", .. Frameworks])
            .GetResult();

    private static TestResult ReferencesNoOuterLayerNoWebAndNoDatabaseProvider(Assembly assembly, string @namespace) =>
        In(assembly, @namespace).ShouldNot()
            .HaveDependencyOnAny("DoubleRandom.Infrastructure", "DoubleRandom.Analytics", "DoubleRandom.Api",
                "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "Serilog")
            .GetResult();

    private static TestResult ReferencesNeitherTheApiNorAnalytics(Assembly assembly, string @namespace) =>
        In(assembly, @namespace).ShouldNot().HaveDependencyOnAny("DoubleRandom.Api", "DoubleRandom.Analytics").GetResult();

    private static TestResult ReferencesNeitherTheApiNorInfrastructure(Assembly assembly, string @namespace) =>
        In(assembly, @namespace).ShouldNot().HaveDependencyOnAny("DoubleRandom.Api", "DoubleRandom.Infrastructure").GetResult();

    private static TestResult ReferencesNoInfrastructure(Assembly assembly, string @namespace) =>
        In(assembly, @namespace).ShouldNot().HaveDependencyOn("DoubleRandom.Infrastructure").GetResult();

    /// <summary>The types of one Domain namespace use no type of another Domain namespace (the BCL only).</summary>
    private static TestResult ReferencesNothingElseInTheDomain(Assembly assembly, string @namespace)
    {
        var others = Domain.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("DoubleRandom.Domain.", StringComparison.Ordinal) && n != @namespace && !n.StartsWith(@namespace + ".", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        return In(assembly, @namespace).ShouldNot().HaveDependencyOnAny(others).GetResult();
    }

    private static void AssertHolds(TestResult result) =>
        Assert.True(result.IsSuccessful, "Violations: " + string.Join(", ", result.FailingTypeNames ?? []));
}
