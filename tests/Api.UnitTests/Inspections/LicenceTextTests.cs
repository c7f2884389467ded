using DoubleRandom.Application.Inspections.Scanning;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Api.UnitTests.Inspections;

/// <summary>Finding the GB 32100 code and the name in QR and OCR text, with corrections only where the check then holds.</summary>
public sealed class LicenceTextTests
{
    private static readonly string Code = WithCheck("91640100MA76QK999");

    [Theory]
    [InlineData("http://www.gsxt.gov.cn/index.html?uniscid={0}&type=1")]
    [InlineData("https://www.gsxt.gov.cn/{0}")]
    [InlineData("{0}")]
    [InlineData("统一社会信用代码：{0}；名称：某公司")]
    [InlineData("https://example.gov.cn/q?token=ABCDEFGHJKLMNPQRTUWXY{0}")]
    public void A_valid_code_is_found_wherever_the_QR_text_holds_it(string template)
    {
        var reading = LicenceText.CodeFromQr(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Code));

        Assert.Equal(new LicenceCodeReading(Code, true), reading);
    }

    [Fact]
    public void A_QR_code_without_a_code_yields_none_and_a_named_invalid_code_is_returned_as_invalid()
    {
        Assert.Null(LicenceText.CodeFromQr("http://www.gsxt.gov.cn/%7B7A1F3C9E2B8D4F6A%7D"));
        Assert.Null(LicenceText.CodeFromQr(null));
        var wrongCheck = Code[..17] + (Code[17] == '0' ? '1' : '0');
        Assert.Equal(new LicenceCodeReading(wrongCheck, false), LicenceText.CodeFromQr($"?uniscid={wrongCheck}"));
        Assert.Null(LicenceText.CodeFromQr(wrongCheck));
    }

    [Fact]
    public void OCR_text_gives_the_code_beside_its_label_and_the_name_after_its_label()
    {
        var text = $"营 业 执 照\n\n统一社会信用代码 {Code}\n名 称 银川市示例餐饮有限公司\n类 型 有限责任公司\n";

        Assert.Equal(new LicenceCodeReading(Code, true), LicenceText.CodeFromOcr(text));
        Assert.Equal("银川市示例餐饮有限公司", LicenceText.NameFromOcr(text));
    }

    [Fact]
    public void Look_alike_letters_are_corrected_when_the_check_then_holds()
    {
        // O→0, I→1, S→5, Z→2 anywhere; B→8 in the division code; lower-case o/l as digits; spaces and full-width forms.
        var misread = "9l64O1OOMA76QK999"[..17];
        Assert.Equal(new LicenceCodeReading(Code, true), LicenceText.CodeFromOcr($"统一社会信用代码 {misread}{Code[17]}"));
        Assert.Equal(new LicenceCodeReading(Code, true), LicenceText.CodeFromOcr($"代码：{Code[..4]} {Code[4..10]} {Code[10..]}"));
        var fullWidth = new string([.. Code.Select(c => (char)(c + 0xFEE0))]);
        Assert.Equal(new LicenceCodeReading(Code, true), LicenceText.CodeFromOcr($"统一社会信用代码{fullWidth}"));
        var withS = WithCheck("91640100MA765K999");
        Assert.Equal(withS, LicenceText.CodeFromOcr($"信用代码 {withS.Replace("5K", "SK", StringComparison.Ordinal)}")!.Code);
        var division = WithCheck("91648100MA76QK999");
        Assert.Equal(division, LicenceText.CodeFromOcr($"信用代码 {division[..4]}B{division[5..]}")!.Code);
    }

    [Fact]
    public void A_correction_the_check_refutes_is_not_made_and_the_code_is_returned_as_read_marked_invalid()
    {
        var wrong = Code[..16] + (Code[16] == '8' ? '7' : '8') + Code[17];

        var reading = LicenceText.CodeFromOcr($"统一社会信用代码 {wrong}\n名称 某公司");

        Assert.Equal(new LicenceCodeReading(wrong, false), reading);
    }

    [Fact]
    public void A_valid_window_inside_a_run_with_misread_neighbours_is_found()
    {
        Assert.Equal(Code, LicenceText.CodeFromOcr($"MASA{Code}\nFOO")!.Code);
        Assert.Null(LicenceText.CodeFromOcr("营业执照\n名称 某公司\n住所 银川市100号"));
        Assert.Null(LicenceText.CodeFromOcr("   "));
    }

    [Theory]
    [InlineData("名称：银川市示例餐饮有限公司", "银川市示例餐饮有限公司")]
    [InlineData("名 称 ”银川市示例餐饮有限公司", "银川市示例餐饮有限公司")]
    [InlineData("B 称 银川市示例餐饮有限公司", "银川市示例餐饮有限公司")]
    [InlineData("名 称\n银川市示例餐饮有限公司", "银川市示例餐饮有限公司")]
    [InlineData("名 称 银 川 市 示 例 公 司", "银川市示例公司")]
    public void The_name_follows_its_label(string text, string name) =>
        Assert.Equal(name, LicenceText.NameFromOcr(text));

    [Fact]
    public void No_label_no_name() => Assert.Null(LicenceText.NameFromOcr("营业执照\n住所 银川市"));

    private static string WithCheck(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
}
