using System.Text;
using DoubleRandom.Api.IntegrationTests.Rosters;
using DoubleRandom.Infrastructure.Rosters.Import;

namespace DoubleRandom.Api.UnitTests.Rosters;

/// <summary>The block-wise CSV reader against a plain character-by-character reading of RFC 4180.</summary>
public sealed class CsvRecordParserTests
{
    private static List<string[]> Parse(byte[] bytes, Encoding? encoding = null, int maxCell = 32_768)
    {
        using var parser = new CsvRecordParser(new MemoryStream(bytes), encoding ?? EncodingDetector.StrictUtf8, maxCell);
        var records = new List<string[]>();
        while (parser.Read() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>The reference: the state machine the importer used before, one character at a time.</summary>
    private static List<string[]> Reference(string text)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (quoted, any) = (false, false);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length)
            {
                if (any)
                {
                    cells.Add(cell.ToString());
                    records.Add([.. cells]);
                }

                break;
            }

            var c = text[i];
            any = true;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                records.Add([.. cells]);
                (cells, cell, any) = ([], new StringBuilder(), false);
            }
            else
            {
                cell.Append(c);
            }
        }

        return records;
    }

    [Theory]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\r\nc,d")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("\"x,y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n")]
    [InlineData("a,,\n,\n\n,b,")]
    [InlineData("ab\"c\",d\n\"q\"tail,\"\"\"\"\n")]
    [InlineData("\"unterminated,cell\nstill")]
    [InlineData("\uFEFF代码,名称\n9164,宁夏\n")]
    [InlineData("")]
    [InlineData("\n")]
    public void Small_files_read_as_the_reference_reads_them(string text) =>
        Assert.Equal(Reference(text), Parse(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Random_files_across_many_buffer_boundaries_read_as_the_reference_reads_them()
    {
        var random = new Random(7);
        string[] alphabet = ["a", "b", ",", ",", "\"", "\r", "\n", "\n", "中", "文", " ", "😀"];
        for (var round = 0; round < 6; round++)
        {
            var text = new StringBuilder();
            while (text.Length < 300_000)
            {
                // Mostly plain rows, with runs of random characters (quotes, breaks, surrogate pairs) between them.
                text.Append(random.Next(4) == 0
                    ? string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]))
                    : $"91640104MA{random.Next():D10},宁夏塞上商贸有限公司,\"兴庆区, 解放街 {random.Next(999)} 号\",640104\n");
            }

            var expected = Reference(text.ToString());
            Assert.Equal(expected, Parse(Encoding.UTF8.GetBytes(text.ToString())));
            var gb18030 = ImportFiles.Gb18030(text.ToString());
            Assert.Equal(expected, Parse(gb18030, Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)));
        }
    }

    [Fact]
    public void Invalid_UTF8_stops_at_the_record_that_holds_it_and_not_before()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(1, 5000).Select(i => $"{i},宁夏塞上商贸有限公司{i}\n")));
        byte[] file = [.. good, .. Encoding.UTF8.GetBytes("5001,甲"), 0xC3, 0x28, .. "\n5002,乙\n"u8];
        using var parser = new CsvRecordParser(new MemoryStream(file), EncodingDetector.StrictUtf8, 32_768);
        for (var i = 1; i <= 5000; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), parser.Read()![0]);
        }

        Assert.Throws<DecoderFallbackException>(() => parser.Read());
    }

    [Fact]
    public void Long_cells_and_long_records_stop_the_read()
    {
        Assert.Throws<CsvCellTooLongException>(() => Parse(Encoding.UTF8.GetBytes("a," + new string('x', 101) + "\n"), maxCell: 100));
        Assert.Throws<CsvCellTooLongException>(() => Parse(Encoding.UTF8.GetBytes("\"" + new string('x', 101) + "\"\n"), maxCell: 100));
        Assert.Single(Parse(Encoding.UTF8.GetBytes("a," + new string('x', 100) + "\n"), maxCell: 100));
        Assert.Throws<CsvRecordTooLongException>(() => Parse(Encoding.UTF8.GetBytes(new string(',', CsvRecordParser.MaxRecordLength + 10)), maxCell: 100));
    }
}
