using System.Reflection;
using System.Text.RegularExpressions;
using DoubleRandom.Api.Problems;
using DoubleRandom.Domain.Common;

namespace DoubleRandom.Api.UnitTests.Problems;

/// <summary>
/// docs/problems.md lists every <c>code</c> and every problem <c>type</c> the service can answer, and nothing else:
/// the codes are collected from the source (the rule catalogue, and every code given to a Conflict, Forbidden or
/// AuthenticationFailed exception or written into a problem), the types from <see cref="ProblemTypes"/>.
/// </summary>
public sealed partial class ProblemCodesDocumentationTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Problems_md_lists_every_code_in_the_source_and_no_other()
    {
        var documented = DocumentedCodes().ToHashSet(StringComparer.Ordinal);
        var inSource = SourceCodes().ToHashSet(StringComparer.Ordinal);
        Assert.Contains("unit-retired", inSource);
        Assert.Contains("stale-version", inSource);
        Assert.Contains("password-change-required", inSource);
        Assert.Empty(inSource.Except(documented).Order(StringComparer.Ordinal)); // missing from docs/problems.md
        Assert.Empty(documented.Except(inSource).Order(StringComparer.Ordinal)); // stale in docs/problems.md
    }

    [Fact]
    public void Problems_md_lists_every_problem_type_and_no_other()
    {
        var types = typeof(ProblemTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(t => t.StartsWith("urn:doublerandom:problem:", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var documented = TypeRow().Matches(File.ReadAllText(Path.Combine(Root, "docs", "problems.md")))
            .Select(m => m.Groups["type"].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(types, documented);
    }

    /// <summary>The first cell of a table row that is one backticked code: <c>| `task-frozen` | … |</c>.</summary>
    private static IEnumerable<string> DocumentedCodes() =>
        CodeRow().Matches(File.ReadAllText(Path.Combine(Root, "docs", "problems.md"))).Select(m => m.Groups["code"].Value);

    private static IEnumerable<string> SourceCodes()
    {
        var rules = typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<RuleCode>()
            .Select(r => r.Code);
        var written = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CodeInSource().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups["code"].Value);
        return rules.Concat(written);
    }

    /// <summary>
    /// A code given to a problem: the first argument of a Conflict, Forbidden or AuthenticationFailed exception
    /// (also as <c>: this(…)</c> in their constructors, <c>=> new(…)</c> in a method returning one, or through a
    /// <c>Rejected(…)</c> helper), <c>Code = "…"</c>, or <c>["code"] = "…"</c> in a problem's extensions.
    /// </summary>
    [GeneratedRegex(@"(?:new\s+(?:Conflict|Forbidden|AuthenticationFailed)Exception\(|(?:Conflict|Forbidden|AuthenticationFailed)Exception\s+\w+\([^)]*\)\s*=>\s*new\(|(?:Conflict|Forbidden|AuthenticationFailed)Exception\([^)]*\)\s*:\s*this\(|\bRejected\(|\bCode\s*=|\[""code""\]\s*=)\s*""(?<code>[a-z]+(?:-[a-z]+)*)""")]
    private static partial Regex CodeInSource();

    [GeneratedRegex(@"^\| `(?<code>[a-z]+(?:-[a-z]+)*)` \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"^\| `(?<type>urn:doublerandom:problem:[a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex TypeRow();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DoubleRandom.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("DoubleRandom.sln not found above the test's directory.");
    }
}
