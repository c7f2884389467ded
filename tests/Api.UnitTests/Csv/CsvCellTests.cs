using DoubleRandom.Application.Common.Csv;

namespace DoubleRandom.Api.UnitTests.Csv;

/// <summary>Formula neutralisation (CWE-1236) and its undoing when our own export is imported again, in one place.</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+2")]
    [InlineData("+86 951")]
    [InlineData("-5")]
    [InlineData("@SUM(A1)")]
    public void A_formula_like_cell_survives_neutralise_then_restore(string value)
    {
        var written = CsvCell.Neutralise(value);
        Assert.Equal("'" + value, written);
        Assert.Equal(value, CsvCell.Restore(written));
    }

    [Theory]
    [InlineData("'quoted")]
    [InlineData("'")]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("'\tkept")]
    public void Restore_drops_only_an_apostrophe_before_a_formula_sign(string value) =>
        Assert.Equal(value, CsvCell.Restore(value));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("=x\"y", "\"'=x\"\"y\"")]
    [InlineData(null, "")]
    public void Cell_neutralises_then_quotes(string? value, string expected) =>
        Assert.Equal(expected, CsvCell.Cell(value));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("银川 a=1", "银川 a=1")]
    [InlineData(null, "")]
    public void Csv_cells_are_quoted_and_formulas_defused(string? value, string expected) =>
        Assert.Equal(expected, CsvCell.Cell(value));
}
