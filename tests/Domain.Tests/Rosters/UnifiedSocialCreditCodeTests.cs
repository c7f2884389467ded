using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Domain.Tests.Rosters;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example printed in many GB 32100 guides
    [InlineData("91110108551385082Q")]
    [InlineData("91640100MA75XK1N29")] // hand-computed: Σ mod 31 = 22, 31 − 22 = 9
    [InlineData("91110000100000000R")]
    [InlineData("92640104MA76000006")]
    public void Valid_codes_pass(string code) => Assert.Null(UnifiedSocialCreditCode.Check(code));

    [Fact]
    public void A_wrong_check_character_names_the_expected_one()
    {
        var failure = UnifiedSocialCreditCode.Check("91350100M000100Y44")!;
        Assert.Equal(CodeFailureKind.CheckCharacter, failure.Kind);
        Assert.Equal(18, failure.Position);
        Assert.Equal('3', failure.Expected);
        Assert.Equal('4', failure.Found);
    }

    [Theory]
    [InlineData("9135I100M000100Y43", 5, 'I')]
    [InlineData("91350100M00O100Y43", 12, 'O')]
    [InlineData("91350100M000100Y4z", 18, 'z')]
    [InlineData("S1350100M000100Y43", 1, 'S')]
    public void A_character_outside_the_charset_is_named_with_its_position(string code, int position, char found)
    {
        var failure = UnifiedSocialCreditCode.Check(code)!;
        Assert.Equal(CodeFailureKind.CharacterNotAllowed, failure.Kind);
        Assert.Equal(position, failure.Position);
        Assert.Equal(found, failure.Found);
    }

    [Fact]
    public void The_division_code_must_be_digits() =>
        Assert.Equal(new CodeFailure(CodeFailureKind.RegionNotDigits, 4, 'A'), UnifiedSocialCreditCode.Check("913A0100M000100Y43"));

    [Theory]
    [InlineData("", CodeFailureKind.Empty)]
    [InlineData(null, CodeFailureKind.Empty)]
    [InlineData("91350100M000100Y4", CodeFailureKind.WrongLength)]
    [InlineData("91350100M000100Y433", CodeFailureKind.WrongLength)]
    public void Empty_and_wrong_length_codes_fail(string? code, CodeFailureKind kind) =>
        Assert.Equal(kind, UnifiedSocialCreditCode.Check(code)!.Kind);

    [Fact]
    public void A_check_value_of_31_is_written_as_0()
    {
        // Search a prefix whose sum is a multiple of 31: the check character must then be '0'.
        var prefix = Enumerable.Range(0, 31).Select(i => $"9164010000000000{UnifiedSocialCreditCode.Charset[i]}")
            .First(p => UnifiedSocialCreditCode.ComputeCheckCharacter(p) == '0');
        Assert.Null(UnifiedSocialCreditCode.Check(prefix + "0"));
    }

    [Fact]
    public void Every_single_character_substitution_is_detected()
    {
        const string valid = "91640100MA75XK1N29";
        foreach (var position in Enumerable.Range(0, 17))
        {
            foreach (var c in UnifiedSocialCreditCode.Charset.Where(c => c != valid[position] && (position is < 2 or > 7 || char.IsAsciiDigit(c))))
            {
                var changed = valid[..position] + c + valid[(position + 1)..];
                Assert.NotNull(UnifiedSocialCreditCode.Check(changed));
            }
        }
    }
}
