using DoubleRandom.Application.Common.Csv;

namespace DoubleRandom.Api.UnitTests.Csv;

/// <summary>A CSV cell is quoted when it must be, and a formula is defused with a leading apostrophe.</summary>
public sealed class CsvCellTests
{
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
