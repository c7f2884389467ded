using DoubleRandom.Api.Hosting;

namespace DoubleRandom.Api.UnitTests.Hosting;

public sealed class DownloadNameTests
{
    [Theory]
    [InlineData("2026年食品经营抽查", "2026年食品经营抽查")]
    [InlineData("../..\\etc/passwd", "etc passwd")]
    [InlineData("名\"称'<a>:b|c?*", "名 称 a b c")]
    [InlineData("换\r\n行\t\u0000任务\u202E", "换 行 任务")]
    [InlineData("  ...  ", "未命名")]
    [InlineData(null, "未命名")]
    public void A_task_name_loses_path_separators_control_characters_and_quotes(string? name, string expected) =>
        Assert.Equal(expected, DownloadName.Part(name));

    [Fact]
    public void A_long_name_is_capped_without_splitting_a_character()
    {
        var part = DownloadName.Part(string.Concat(Enumerable.Repeat("抽查😀", 30)));
        Assert.Equal(DownloadName.MaxPartLength, System.Globalization.StringInfo.ParseCombiningCharacters(part).Length);
        Assert.EndsWith("😀抽", part, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_has_an_ascii_filename_and_a_percent_encoded_utf8_filename_star() =>
        Assert.Equal(
            "attachment; filename=\"draw-record-1.pdf\"; filename*=UTF-8''%E6%8A%BD%E5%8F%96%E8%AE%B0%E5%BD%95-a%20b-20261207.pdf",
            DownloadName.Header("draw-record-1.pdf", "抽取记录-a b-20261207.pdf"));
}
