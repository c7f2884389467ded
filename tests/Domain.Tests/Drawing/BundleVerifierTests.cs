using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

public class BundleVerifierTests
{
    private static readonly VectorFile Small = VectorFile.Load("01-small.json");

    [Fact]
    public void A_bundle_written_from_a_draw_parses_back_and_verifies()
    {
        var json = BundleJson();

        var verdict = BundleVerifier.Verify(Dr1Bundle.Parse(json));

        Assert.True(verdict.Verified, verdict.Mismatch?.Message);
        Assert.Equal(BundleVerificationStatus.Verified, verdict.Status);
        Assert.True(verdict.SecretRevealed);
        Assert.Null(verdict.Mismatch);
    }

    [Theory]
    [InlineData("protocol")]
    [InlineData("targets")]
    public async Task Bytes_that_are_not_UTF_8_in_a_string_are_a_format_error_not_a_crash(string member)
    {
        var json = System.Text.Encoding.UTF8.GetBytes(BundleJson());
        var text = System.Text.Encoding.UTF8.GetString(json);
        // Replace the first character of the member's first string value with two bytes that are not UTF-8.
        var at = text.IndexOf($"\"{member}\":", StringComparison.Ordinal);
        at = text.IndexOf('"', text.IndexOf(':', at) + 1) + 1;
        var offset = System.Text.Encoding.UTF8.GetByteCount(text[..at]);
        json[offset] = 0xFF;
        json[offset + 1] = 0xFE;

        using var stream = new MemoryStream(json);
        await Assert.ThrowsAsync<Dr1BundleFormatException>(() => Dr1Bundle.ParseAsync(stream, default));
    }

    [Fact]
    public void A_bundle_before_reveal_is_not_verified_but_not_yet_verifiable()
    {
        var result = Dr1Engine.Run(Small.Input, Small.Secret, Small.Entropy);
        var bundle = Dr1Bundle.Create(Small.Input, result, Small.Entropy, []);

        var verdict = BundleVerifier.Verify(Dr1Bundle.Parse(bundle.ToJson()));

        Assert.False(verdict.Verified);
        Assert.Equal(BundleVerificationStatus.SecretNotRevealed, verdict.Status);
        Assert.Null(verdict.Mismatch);
        Assert.False(verdict.SecretRevealed);
    }

    [Fact]
    public void A_bundle_that_carries_a_secret_says_so_even_when_it_does_not_verify()
    {
        var json = BundleJson().Replace("\"entropy\": \"3-1-4-1-5-9\"", "\"entropy\": \"3-1-4-1-5-8\"", StringComparison.Ordinal);

        var verdict = BundleVerifier.Verify(Dr1Bundle.Parse(json));

        Assert.Equal(BundleVerificationStatus.Mismatch, verdict.Status);
        Assert.True(verdict.SecretRevealed);
    }

    [Fact]
    public void A_self_consistent_bundle_with_other_entropy_differs_from_the_published_draw()
    {
        var published = PublishedDraw.From(Dr1Bundle.Parse(BundleJson()));
        var forged = Dr1Engine.Run(Small.Input, Small.Secret, "2-7-1-8-2-8");
        var forgery = Dr1Bundle.Parse(Dr1Bundle.Create(Small.Input, forged, "2-7-1-8-2-8", Small.Secret).ToJson());
        Assert.True(BundleVerifier.Verify(forgery).Verified);

        var verdict = BundleVerifier.Verify(forgery, published);

        Assert.Equal(BundleVerificationStatus.DiffersFromPublished, verdict.Status);
        Assert.Equal("digests.entropy", verdict.Mismatch!.Field);
        Assert.Equal(forged.Digests.Entropy, verdict.Mismatch.BundleSays);
        Assert.Equal(published.EntropyDigest, verdict.Mismatch.Expected);
        Assert.StartsWith("digests.entropy differs from the published draw: bundle says " + forged.Digests.Entropy, verdict.Mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_failed_vector_round_trips_as_a_verified_failed_draw()
    {
        var v = VectorFile.Load("03-insufficient-officers.json");
        var result = Dr1Engine.Run(v.Input, v.Secret, v.Entropy);

        var verdict = BundleVerifier.Verify(Dr1Bundle.Parse(Dr1Bundle.Create(v.Input, result, v.Entropy, v.Secret).ToJson()));

        Assert.True(verdict.Verified, verdict.Mismatch?.Message);
    }

    [Theory]
    [InlineData("T|92640200MA77YYYY04|D|4", "T|92640200MA77YYYY04|D|5", "digests.targets differs: bundle says b98d7bd0")]
    [InlineData("T|91640100MA76XXXX2B|A|1", "T|91640100MA76XXXX2C|A|1", "digests.targets differs: bundle says b98d7bd0")]
    [InlineData("O|NX-0005|wuzhong|fire|0|0", "O|NX-0005|wuzhong|fire|1|0", "digests.officers differs: bundle says 5e90887d")]
    [InlineData("R|NX-0004|92640200MA77YYYY05", "R|NX-0005|92640200MA77YYYY05", "digests.recusals differs: bundle says 3e4e9920")]
    [InlineData("\"entropy\": \"3-1-4-1-5-9\"", "\"entropy\": \"3-1-4-1-5-8\"", "digests.entropy differs: bundle says 3c5d39f6")]
    [InlineData("\"groups\": 2", "\"groups\": 3", "digests.params differs: bundle says 2639860d")]
    [InlineData("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1e", "commitment differs: bundle says ")]
    [InlineData("S|92640200MA77YYYY05|D|50|3ff0000000000000|-|2", "S|92640200MA77YYYY05|D|50|3ff0000000000000|-|1", "result[6] differs: bundle says S|92640200MA77YYYY05|D|50|3ff0000000000000|-|1, recomputed S|92640200MA77YYYY05|D|50|3ff0000000000000|-|2")]
    [InlineData("\"result\": \"66377f5b", "\"result\": \"76377f5b", "digests.result differs: bundle says 76377f5b")]
    public void Verification_names_the_first_field_that_was_changed(string original, string changed, string mismatch)
    {
        var json = BundleJson();
        Assert.Contains(original, json, StringComparison.Ordinal);

        var verdict = BundleVerifier.Verify(Dr1Bundle.Parse(json.Replace(original, changed, StringComparison.Ordinal)));

        Assert.False(verdict.Verified);
        Assert.Equal(BundleVerificationStatus.Mismatch, verdict.Status);
        Assert.StartsWith(mismatch, verdict.Mismatch!.Message, StringComparison.Ordinal);
        Assert.Contains(verdict.Mismatch.Field + " 不一致：验证包为 " + verdict.Mismatch.BundleSays + "，重新计算为 " + verdict.Mismatch.Expected, verdict.Mismatch.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_result_line_is_named_by_the_line_count()
    {
        var bundle = Dr1Bundle.Parse(BundleJson());

        var verdict = BundleVerifier.Verify(bundle with { Result = [.. bundle.Result.Take(8)] });

        Assert.Equal("result.length differs: bundle says 8, recomputed 9", verdict.Mismatch!.Message);
    }

    [Fact]
    public void A_malformed_leaf_is_named_before_any_digest()
    {
        var json = BundleJson().Replace("T|91640100MA76XXXX2B|A|1", "T|91640100MA76XXXX2B|A|01", StringComparison.Ordinal);

        var verdict = BundleVerifier.Verify(Dr1Bundle.Parse(json));

        Assert.Equal("targets[1] is not a leaf: bundle says T|91640100MA76XXXX2B|A|01", verdict.Mismatch!.Message);
    }

    [Fact]
    public void Leaves_written_with_json_escapes_read_as_the_same_leaves()
    {
        var json = BundleJson();
        var escaped = json.Replace("\"T|91640100MA76XXXX2B|A|1\"", "\"\\u0054|91640100MA76XXXX2B|A|1\"", StringComparison.Ordinal);
        Assert.NotEqual(json, escaped);

        var bundle = Dr1Bundle.Parse(escaped);

        Assert.True(BundleVerifier.Verify(bundle).Verified);
        Assert.Equal(Dr1Bundle.Parse(json).Targets, bundle.Targets);
    }

    [Fact]
    public void Leaves_after_the_first_invalid_one_are_counted_and_the_invalid_one_is_named()
    {
        var json = BundleJson().Replace("T|91640100MA76XXXX2B|A|1", "T|91640100MA76XXXX2B|A|x", StringComparison.Ordinal);
        var original = Dr1Bundle.Parse(BundleJson());

        var bundle = Dr1Bundle.Parse(json);

        Assert.Equal(original.Targets.Count, bundle.Targets.Count);
        Assert.Equal("targets[1]", BundleVerifier.Verify(bundle).Mismatch!.Field);
        Assert.Equal("T|91640100MA76XXXX2B|A|x", bundle.Targets[1]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"protocol\":\"DR1\"}")]
    public void A_file_that_is_not_a_bundle_is_a_format_error(string json)
    {
        Assert.Throws<Dr1BundleFormatException>(() => Dr1Bundle.Parse(json));
    }

    [Fact]
    public void Unknown_parameter_fields_are_refused_rather_than_silently_dropped()
    {
        var json = BundleJson().Replace("\"groups\": 2", "\"groups\": 2,\"extra\": 1", StringComparison.Ordinal);

        var ex = Assert.Throws<Dr1BundleFormatException>(() => Dr1Bundle.Parse(json));

        Assert.Contains("extra", ex.Message, StringComparison.Ordinal);
    }

    private static string BundleJson()
    {
        var result = Dr1Engine.Run(Small.Input, Small.Secret, Small.Entropy);
        return Dr1Bundle.Create(Small.Input, result, Small.Entropy, Small.Secret).ToJson();
    }
}
