using System.Text.RegularExpressions;

namespace DoubleRandom.Api.IntegrationTests.Contract;

/// <summary>
/// The TypeScript of tests/Contract trusts the generated types as they are: no cast (<c>as</c>, <c>&lt;T&gt;x</c>), no
/// non-null assertion (<c>x!</c>), no <c>any</c>, no <c>@ts-ignore</c>/<c>@ts-nocheck</c> — a gap in the document must
/// be fixed in the document, not papered over. (tsc's noImplicitAny covers the implicit any.)
/// </summary>
public sealed partial class TypeScriptSourceTests
{
    public static TheoryData<string> Sources() =>
        new(Directory.GetFiles(Path.Combine(ContractTools.Folder, "src"), "*.ts").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_source_has_no_cast_non_null_assertion_any_or_suppressed_check(string file)
    {
        var text = File.ReadAllText(Path.Combine(ContractTools.Folder, "src", file));
        Assert.DoesNotMatch(Suppression(), text);
        var code = Comment().Replace(StringLiteral().Replace(text, "\"\""), " ");
        var lines = code.Split('\n');
        foreach (var (pattern, what) in new[]
        {
            (AsCast(), "an `as` cast"), (AngleCast(), "a <T> cast"), (NonNull(), "a non-null assertion"), (AnyType(), "the any type"),
        })
        {
            var hits = lines.Select((line, i) => (Line: line, Number: i + 1)).Where(l => pattern.IsMatch(l.Line))
                .Select(l => $"{file}:{l.Number}: {l.Line.Trim()}").ToList();
            Assert.True(hits.Count == 0, $"{what} in tests/Contract/src:{Environment.NewLine}{string.Join(Environment.NewLine, hits)}");
        }
    }

    [Fact]
    public void The_check_sees_each_kind_of_shortcut()
    {
        Assert.Matches(AsCast(), "const x = y as Draw;");
        Assert.Matches(AsCast(), "f(y as const)");
        Assert.Matches(AngleCast(), "const x = <Draw>y;");
        Assert.Matches(NonNull(), "data!.id");
        Assert.Matches(NonNull(), "f(data!)");
        Assert.Matches(AnyType(), "let x: any = 1;");
        Assert.Matches(AnyType(), "Array<any>");
        Assert.Matches(Suppression(), "// @ts-ignore");
        Assert.DoesNotMatch(NonNull(), "if (x !== y && !z) {}");
        Assert.DoesNotMatch(AngleCast(), "createClient<paths>({ baseUrl })");
        Assert.DoesNotMatch(AnyType(), "const many = anything;");
        Assert.DoesNotMatch(AsCast(), "const asset = has;");
    }

    [GeneratedRegex(@"@ts-(ignore|nocheck)")]
    private static partial Regex Suppression();

    /// <summary>String and template literals (no nesting), emptied so their words are not read as code.</summary>
    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'|`(?:[^`\\\\]|\\\\.)*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"//[^\n]*|/\*[\s\S]*?\*/")]
    private static partial Regex Comment();

    [GeneratedRegex(@"[\w\)\]]\s+as\s+[\w\{\[\(]")]
    private static partial Regex AsCast();

    [GeneratedRegex(@"(?<![\w\)\]>])<[A-Za-z_][\w\.\[\]\s|,<>]*>\s*[\w\(\[\{]")]
    private static partial Regex AngleCast();

    [GeneratedRegex(@"[\w\)\]]!(?!=)")]
    private static partial Regex NonNull();

    [GeneratedRegex(@"\bany\b")]
    private static partial Regex AnyType();
}
