using System.Reflection;
using NetArchTest.Rules;

namespace DoubleRandom.Architecture.Tests;

/// <summary>Domain ← Application ← Infrastructure, Analytics ← Api. Nothing points the other way.</summary>
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

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny(["DoubleRandom.Application", "DoubleRandom.Infrastructure", "DoubleRandom.Analytics", "DoubleRandom.Api", .. Frameworks])
            .GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib",
            $"Domain references {name}"));
    }

    [Fact]
    public void Application_depends_only_on_the_domain()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("DoubleRandom.Infrastructure", "DoubleRandom.Analytics", "DoubleRandom.Api",
                "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "Serilog")
            .GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Theory]
    [InlineData("Infrastructure")]
    [InlineData("Analytics")]
    public void Outer_libraries_do_not_depend_on_the_host_or_each_other(string layer)
    {
        var (assembly, forbidden) = layer == "Infrastructure"
            ? (Infrastructure, new[] { "DoubleRandom.Api", "DoubleRandom.Analytics" })
            : (Analytics, new[] { "DoubleRandom.Api", "DoubleRandom.Infrastructure" });
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Only_the_host_composes_the_layers()
    {
        Assert.Contains(Api.GetReferencedAssemblies(), a => a.Name == Infrastructure.GetName().Name);
        Assert.DoesNotContain(Application.GetReferencedAssemblies(), a => a.Name == Infrastructure.GetName().Name);
    }

    /// <summary>
    /// The rules above can fail: pointed at an assembly that does break them, the same rule reports it.
    /// (A rule that checks the wrong assembly passes forever; this keeps ours honest.)
    /// </summary>
    [Fact]
    public void The_domain_rule_fails_on_an_assembly_that_breaks_it()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot()
            .HaveDependencyOnAny("DoubleRandom.Application", "Microsoft.EntityFrameworkCore")
            .GetResult();
        Assert.False(result.IsSuccessful);
        Assert.NotEmpty(result.FailingTypeNames);
    }

    [Fact]
    public void Handlers_and_validators_live_in_the_application_layer()
    {
        static bool IsUseCase(Type t) => t.GetInterfaces().Any(i => i.IsGenericType && (
            i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)
            || i.GetGenericTypeDefinition() == typeof(Mediator.ICommandHandler<,>)
            || i.GetGenericTypeDefinition() == typeof(Mediator.IQueryHandler<,>)));

        Assert.Contains(Application.GetTypes(), IsUseCase);
        var misplaced = new[] { Domain, Infrastructure, Analytics, Api }.SelectMany(a => a.GetTypes()).Where(IsUseCase);
        Assert.Empty(misplaced);
    }

    private static string Describe(TestResult result) =>
        "Violations: " + string.Join(", ", result.FailingTypeNames ?? []);
}
