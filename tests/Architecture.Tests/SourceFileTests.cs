using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DoubleRandom.Architecture.Tests;

/// <summary>
/// Conventions of the source tree itself (ADR 9): one top-level type per file under <c>src/</c>, the file named after it.
/// Nested types and <c>file</c>-local helpers belong to the file's type; generated migrations are exempt.
/// </summary>
public sealed class SourceFileTests
{
    [Fact]
    public void Every_source_file_in_src_declares_one_top_level_type_named_like_the_file()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 300, $"only {files.Count} source files found under src/");
        var offenders = files.SelectMany(file => OneTypePerFile(file, File.ReadAllText(file))).ToList();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_one_type_per_file_rule_fails_on_a_file_with_two_types_or_a_wrong_name()
    {
        Assert.Single(OneTypePerFile("Draw.cs", "namespace N;\npublic sealed class Draw;\npublic sealed record DrawRow;\n"));
        Assert.Single(OneTypePerFile("Draws.cs", "namespace N;\npublic sealed class Draw;\n"));
        Assert.Empty(OneTypePerFile("Draw.cs", "namespace N;\npublic sealed class Draw { public enum State { A } }\n"));
        Assert.Empty(OneTypePerFile("Result.cs", "namespace N;\npublic sealed record Result<T>(T Value);\n"));
        Assert.Empty(OneTypePerFile("Result{T}.cs", "namespace N;\npublic sealed record Result<T>(T Value);\n"));
        Assert.Empty(OneTypePerFile("Draw.cs", "namespace N;\npublic sealed class Draw;\nfile sealed class Helper;\n"));
    }

    /// <summary>What is wrong with one file: more than one top-level type, or a type not named like the file.</summary>
    internal static IEnumerable<string> OneTypePerFile(string path, string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, path: path).GetCompilationUnitRoot();
        var types = TopLevel(root.Members).ToList();
        // A generic type's file may carry its parameters: RuleCode{TArg}.cs declares RuleCode<TArg>.
        var expected = Path.GetFileNameWithoutExtension(path).Split('{')[0];
        if (types.Count > 1)
        {
            yield return $"{path}: {types.Count} top-level types ({string.Join(", ", types.Select(t => t.Identifier.Text))})";
        }
        else if (types.Count == 1 && types[0].Identifier.Text != expected)
        {
            yield return $"{path}: declares {types[0].Identifier.Text}, file is named {expected}";
        }
    }

    private static IEnumerable<BaseTypeDeclarationSyntax> TopLevel(SyntaxList<MemberDeclarationSyntax> members) =>
        members.SelectMany(m => m switch
        {
            BaseNamespaceDeclarationSyntax ns => TopLevel(ns.Members),
            BaseTypeDeclarationSyntax type when !type.Modifiers.Any(SyntaxKind.FileKeyword) => [type],
            _ => [],
        });

    private static IEnumerable<string> SourceFiles()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DoubleRandom.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("DoubleRandom.sln not found above the test's directory.");
    }
}
