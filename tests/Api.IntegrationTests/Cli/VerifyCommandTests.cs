using System.Globalization;
using DoubleRandom.Api.Cli;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.IntegrationTests.Cli;

/// <summary>`verify bundle.json`: anyone can recompute a published draw, with no database.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("doublerandom-verify-").FullName;

    private string WriteBundle(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string PublishedBundle()
    {
        var parameters = new Dr1Parameters(
            "task-1", "draw-1", new Dictionary<string, StratumAllocation> { ["A"] = StratumAllocation.Ratio(5000) }, 2, 2, 10, 1, []);
        var targets = Enumerable.Range(0, 12).Select(i => new TargetLeaf("9164A" + i.ToString("D6", CultureInfo.InvariantCulture), "A", 1 + (i % 3))).ToArray();
        var officers = Enumerable.Range(1, 6).Select(i => new OfficerLeaf($"NX-{i:D4}", "yinchuan", "amr", Certified: true, Leader: i <= 3)).ToArray();
        var input = new Dr1Input(parameters, targets, officers, [new RecusalLeaf("NX-0001", targets[0].Code)]);
        var secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var result = Dr1Engine.Run(input, secret, "3-1-4-1-5-9");
        Assert.True(result.Succeeded);
        return Dr1Bundle.Create(input, result, "3-1-4-1-5-9", secret).ToJson();
    }

    private static (int Exit, string Out, string Err) Run(string path)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var exit = VerifyCommand.Run(path, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_published_bundle_verifies()
    {
        var (exit, output, _) = Run(WriteBundle("bundle.json", PublishedBundle()));
        Assert.Equal(0, exit);
        Assert.StartsWith("verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_with_a_changed_entropy_names_the_mismatch_and_exits_1()
    {
        var tampered = PublishedBundle().Replace("3-1-4-1-5-9", "3-1-4-1-5-8", StringComparison.Ordinal);
        var (exit, output, error) = Run(WriteBundle("tampered.json", tampered));
        Assert.Equal(1, exit);
        Assert.Contains("entropy", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"protocol":"DR1"}""")]
    public void An_unreadable_bundle_exits_2(string content)
    {
        Assert.Equal(2, Run(WriteBundle("bad.json", content)).Exit);
        Assert.Equal(2, Run(Path.Combine(_folder, "missing.json")).Exit);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
