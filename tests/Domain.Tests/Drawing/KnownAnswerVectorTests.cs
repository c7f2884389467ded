using System.Text.Json;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

public class KnownAnswerVectorTests
{
    [Theory]
    [InlineData("01-small.json")]
    [InlineData("02-medium.json")]
    public void Draw_reproduces_every_digest_the_seed_and_the_commitment(string vector)
    {
        var v = VectorFile.Load(vector);
        var result = Dr1Engine.Run(v.Input, v.Secret, v.Entropy);

        var digests = v.Expected.GetProperty("digests");
        Assert.Equal(v.ExpectedString("commitment"), result.Commitment);
        Assert.Equal(digests.GetProperty("params").GetString(), result.Digests.Params);
        Assert.Equal(digests.GetProperty("targets").GetString(), result.Digests.Targets);
        Assert.Equal(digests.GetProperty("officers").GetString(), result.Digests.Officers);
        Assert.Equal(digests.GetProperty("recusals").GetString(), result.Digests.Recusals);
        Assert.Equal(digests.GetProperty("entropy").GetString(), result.Digests.Entropy);
        Assert.Equal(v.ExpectedString("seed"), result.Seed);
        Assert.Equal(digests.GetProperty("result").GetString(), result.Digests.Result);
    }

    [Theory]
    [InlineData("01-small.json")]
    [InlineData("02-medium.json")]
    public void Draw_reproduces_every_result_line(string vector)
    {
        var v = VectorFile.Load(vector);
        var expected = v.Expected.GetProperty("result").EnumerateArray().Select(e => e.GetString()).ToList();

        var result = Dr1Engine.Run(v.Input, v.Secret, v.Entropy);

        Assert.True(result.Succeeded);
        for (var i = 0; i < Math.Min(expected.Count, result.Lines.Count); i++)
        {
            Assert.Equal(expected[i], result.Lines[i]);
        }

        Assert.Equal(expected.Count, result.Lines.Count);
    }

    [Fact]
    public void Every_listed_uniform_is_reproduced()
    {
        var v = VectorFile.Load("01-small.json");
        var seed = new KeyedHash(Convert.FromHexString(v.ExpectedString("seed")));

        foreach (var uniform in v.Expected.GetProperty("uniforms").EnumerateObject())
        {
            Assert.Equal(uniform.Value.GetString(), Uniforms.Hex64(Uniforms.Uniform(seed, uniform.Name)));
        }
    }

    [Fact]
    public void Prepare_publishes_the_vector_roots_and_commitment_before_any_entropy()
    {
        var v = VectorFile.Load("02-medium.json");
        var prepared = Dr1Engine.Prepare(v.Input, v.Secret);

        var digests = v.Expected.GetProperty("digests");
        Assert.Equal(digests.GetProperty("params").GetString(), prepared.ParamsDigest);
        Assert.Equal(digests.GetProperty("targets").GetString(), prepared.TargetsRoot);
        Assert.Equal(digests.GetProperty("officers").GetString(), prepared.OfficersRoot);
        Assert.Equal(digests.GetProperty("recusals").GetString(), prepared.RecusalsRoot);
        Assert.Equal(v.ExpectedString("commitment"), prepared.Commitment);
        Assert.Equal(["A", "B", "C", "D"], prepared.Strata.Select(s => s.Stratum));
    }

    [Fact]
    public void Too_few_leaders_is_a_failed_draw_not_an_exception()
    {
        var v = VectorFile.Load("03-insufficient-officers.json");

        var result = Dr1Engine.Run(v.Input, v.Secret, v.Entropy);

        Assert.Equal(v.ExpectedString("commitment"), result.Commitment);
        Assert.Equal(v.ExpectedString("failure"), result.Failure);
        Assert.False(result.Succeeded);
        Assert.Equal(["F|insufficient-officers"], result.Lines);
        Assert.Equal(ResultLines.Digest(["F|insufficient-officers"]), result.Digests.Result);
        Assert.Empty(result.Groups);
        Assert.Contains("leader", result.FailureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_failed_vector_shares_the_medium_snapshots_and_their_roots()
    {
        var medium = Dr1Engine.Run(VectorFile.Load("02-medium.json").Input, VectorFile.Load("02-medium.json").Secret, "x");
        var failedVector = VectorFile.Load("03-insufficient-officers.json");
        var failed = Dr1Engine.Run(failedVector.Input, failedVector.Secret, failedVector.Entropy);

        Assert.Equal(medium.Digests.Targets, failed.Digests.Targets);
        Assert.Equal(medium.Digests.Officers, failed.Digests.Officers);
        Assert.Equal(medium.Digests.Recusals, failed.Digests.Recusals);
        Assert.NotEqual(JsonSerializer.Serialize(medium.Digests.Params), JsonSerializer.Serialize(failed.Digests.Params));
    }
}
