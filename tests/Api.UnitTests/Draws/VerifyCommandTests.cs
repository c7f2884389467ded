using System.Globalization;
using DoubleRandom.Api.IntegrationTests.Draws;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Api.UnitTests.Draws;

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

    private static string PublishedBundle(string entropy = "3-1-4-1-5-9", bool withSecret = true)
    {
        var parameters = new Dr1Parameters(
            "task-1", "draw-1", new Dictionary<string, StratumAllocation> { ["A"] = StratumAllocation.Ratio(5000) }, 2, 2, 10, 1, []);
        var targets = Enumerable.Range(0, 12).Select(i => new TargetLeaf("9164A" + i.ToString("D6", CultureInfo.InvariantCulture), "A", 1 + (i % 3))).ToArray();
        var officers = Enumerable.Range(1, 6).Select(i => new OfficerLeaf($"NX-{i:D4}", "yinchuan", "amr", Certified: true, Leader: i <= 3)).ToArray();
        var input = new Dr1Input(parameters, targets, officers, [new RecusalLeaf("NX-0001", targets[0].Code)]);
        var secret = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var result = Dr1Engine.Run(input, secret, entropy);
        Assert.True(result.Succeeded);
        return Dr1Bundle.Create(input, result, entropy, withSecret ? secret : []).ToJson();
    }

    private static (int Exit, string Out, string Err) Run(string[] args, HttpMessageHandler? http = null, string? lang = null) =>
        VerifyCli.Run(args, http, lang);

    private static (int Exit, string Out, string Err) Run(string path) => Run([path]);

    [Fact]
    public void A_published_bundle_verifies()
    {
        var (exit, output, _) = Run([WriteBundle("bundle.json", PublishedBundle()), "--lang", "en"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("verified (self-consistent only)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_with_a_changed_entropy_names_the_mismatch_and_exits_1()
    {
        var tampered = PublishedBundle().Replace("3-1-4-1-5-9", "3-1-4-1-5-8", StringComparison.Ordinal);
        var (exit, output, error) = Run(WriteBundle("tampered.json", tampered));
        Assert.Equal(1, exit);
        Assert.Contains("entropy", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_without_its_secret_is_not_yet_verifiable_and_exits_3()
    {
        var (exit, output, _) = Run(["--lang", "en", WriteBundle("sealed.json", PublishedBundle(withSecret: false))]);
        Assert.Equal(3, exit);
        Assert.StartsWith("not yet verifiable: secret not revealed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("verified", output.Replace("verifiable", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_consistent_forgery_verifies_alone_but_not_against_the_published_bundle()
    {
        var published = WriteBundle("published.json", PublishedBundle());
        var forgery = WriteBundle("forgery.json", PublishedBundle(entropy: "2-7-1-8-2-8"));
        var forged = Dr1Bundle.Parse(File.ReadAllText(forgery));
        var real = Dr1Bundle.Parse(File.ReadAllText(published));
        Assert.Equal(0, Run([forgery]).Exit);

        var (exit, output, _) = Run([forgery, "--published", published, "--lang", "en"]);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"differs from the published draw: digests.entropy differs from the published draw: bundle says {forged.Digests.Entropy}, published {real.Digests.Entropy}",
            output.TrimEnd());
        Assert.Equal(0, Run([published, "--published", published]).Exit);
    }

    [Fact]
    public void Every_mismatch_gives_what_the_bundle_says_before_what_was_recomputed()
    {
        var json = PublishedBundle();
        var bundle = Dr1Bundle.Parse(json);
        var recomputedEntropy = Dr1Hashes.EntropyDigest("3-1-4-1-5-8");
        var lineChanged = json.Replace(bundle.Result[0], bundle.Result[0] + "0", StringComparison.Ordinal);
        var entropyChanged = json.Replace("3-1-4-1-5-9", "3-1-4-1-5-8", StringComparison.Ordinal);

        Assert.Equal(
            $"mismatch: result[0] differs: bundle says {bundle.Result[0]}0, recomputed {bundle.Result[0]}",
            Run([WriteBundle("line.json", lineChanged), "--lang", "en"]).Out.TrimEnd());
        Assert.Equal(
            $"mismatch: digests.entropy differs: bundle says {bundle.Digests.Entropy}, recomputed {recomputedEntropy}",
            Run([WriteBundle("entropy.json", entropyChanged), "--lang", "en"]).Out.TrimEnd());
    }

    [Fact]
    public void Messages_are_Chinese_by_default_and_English_with_lang_en_or_an_English_LANG()
    {
        var path = WriteBundle("tampered.json", PublishedBundle().Replace("3-1-4-1-5-9", "3-1-4-1-5-8", StringComparison.Ordinal));

        Assert.StartsWith("不一致: digests.entropy 不一致：验证包为 ", Run([path]).Out, StringComparison.Ordinal);
        Assert.StartsWith("不一致: ", Run([path], lang: "zh_CN.UTF-8").Out, StringComparison.Ordinal);
        Assert.StartsWith("mismatch: digests.entropy differs: bundle says ", Run([path], lang: "en_US.UTF-8").Out, StringComparison.Ordinal);
        Assert.StartsWith("mismatch: ", Run([path, "--lang", "en"], lang: "zh_CN.UTF-8").Out, StringComparison.Ordinal);
        Assert.StartsWith("不一致: ", Run([path, "--lang", "zh"], lang: "en_US.UTF-8").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--published")]
    [InlineData("--lang", "fr")]
    [InlineData("a.json", "b.json")]
    public void Bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("usage: verify", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_published_record_exits_2()
    {
        var bundle = WriteBundle("bundle.json", PublishedBundle());
        Assert.Equal(2, Run([bundle, "--published", WriteBundle("p.json", "{\"id\":\"x\"}")]).Exit);
        Assert.Equal(2, Run([bundle, "--published", Path.Combine(_folder, "missing.json")]).Exit);
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
