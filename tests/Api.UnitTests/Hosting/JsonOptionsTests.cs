using System.Text.Json;
using DoubleRandom.Api.Hosting;

namespace DoubleRandom.Api.UnitTests.Hosting;

public sealed class JsonOptionsTests
{
    private enum Tier
    {
        Low,
        High,
    }

    private sealed record Sample(Tier Tier, int Count);

    private static readonly JsonSerializerOptions Options = Configure();

    private static JsonSerializerOptions Configure()
    {
        var options = new JsonSerializerOptions();
        ApiServices.ConfigureJson(options);
        return options;
    }

    [Fact]
    public void Enums_travel_as_camelCase_names()
    {
        Assert.Equal("""{"tier":"high","count":1}""", JsonSerializer.Serialize(new Sample(Tier.High, 1), Options));
        Assert.Equal(Tier.Low, JsonSerializer.Deserialize<Sample>("""{"tier":"low","count":1}""", Options)!.Tier);
    }

    [Theory]
    [InlineData("""{"tier":"medium","count":1}""")]
    [InlineData("""{"tier":1,"count":1}""")]
    [InlineData("""{"tier":"low","count":"1"}""")]
    [InlineData("""{"tier":"low","count":1,"extra":true}""")]
    public void Unknown_enum_values_numbers_as_strings_and_unknown_fields_are_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>(json, Options));
}
