using System.Reflection;

namespace DoubleRandom.Architecture.Tests;

/// <summary>
/// ADR 9 "Naming": every handler names its message <c>command</c>, <c>query</c> or <c>notification</c> and its token
/// <c>cancellationToken</c>; a feature's ports (Application interfaces Infrastructure implements) sit at the root of a
/// feature or sub-feature, or in <c>Common/Interfaces</c>, except the import run's own two.
/// </summary>
public sealed class NamingTests
{
    private const string Root = "DoubleRandom.Application";

    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    private static readonly Dictionary<string, string> MessageNames = new(StringComparer.Ordinal)
    {
        ["ICommandHandler"] = "command",
        ["IQueryHandler"] = "query",
        ["INotificationHandler"] = "notification",
    };

    /// <summary>Ports that belong to one use case and stay in its folder (ADR 9).</summary>
    private static readonly HashSet<string> UseCasePorts = new(StringComparer.Ordinal)
    {
        Root + ".Rosters.Imports.Commands.RunImport.IRosterRowReader",
        Root + ".Rosters.Imports.Commands.RunImport.ITargetStaging",
    };

    [Fact]
    public void Handlers_name_the_message_and_the_token_the_same_way()
    {
        var wrong = new List<string>();
        var handlers = 0;
        foreach (var type in Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var handler in type.GetInterfaces().Where(i => i.IsGenericType && i.Namespace == "Mediator"))
            {
                var name = handler.Name.Split('`')[0];
                if (!MessageNames.TryGetValue(name, out var expected))
                {
                    continue;
                }

                handlers++;
                var handle = type.GetMethod("Handle", [handler.GetGenericArguments()[0], typeof(CancellationToken)])!;
                var names = handle.GetParameters().Select(p => p.Name).ToArray();
                if (names[0] != expected || names[1] != "cancellationToken")
                {
                    wrong.Add($"{type.FullName}.Handle({names[0]}, {names[1]})");
                }
            }
        }

        Assert.True(handlers > 70, $"only {handlers} handlers found");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Ports_sit_at_a_feature_root_or_in_Common_Interfaces()
    {
        var namespaces = Application.GetTypes().Select(t => t.Namespace).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var ports = Infrastructure.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.Assembly == Application)
            .Select(i => i.IsGenericType ? i.GetGenericTypeDefinition() : i)
            .Distinct()
            .ToList();

        var misplaced = ports
            .Where(p => !UseCasePorts.Contains(p.FullName!) && !IsFeatureRoot(p.Namespace!, namespaces))
            .Select(p => p.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains(ports, p => p.Name == "IDrawStore");
        Assert.Empty(misplaced);
    }

    /// <summary>
    /// <c>Common.Interfaces</c>, a feature (a top-level folder) or a sub-feature (a folder with its own
    /// <c>Commands</c> or <c>Queries</c>).
    /// </summary>
    private static bool IsFeatureRoot(string ns, HashSet<string> namespaces) =>
        ns == Root + ".Common.Interfaces"
        || (ns.StartsWith(Root + ".", StringComparison.Ordinal) && ns.Count(c => c == '.') == Root.Count(c => c == '.') + 1
            && !ns.EndsWith(".Common", StringComparison.Ordinal))
        || namespaces.Any(n => n.StartsWith(ns + ".Commands", StringComparison.Ordinal) || n.StartsWith(ns + ".Queries", StringComparison.Ordinal));
}
