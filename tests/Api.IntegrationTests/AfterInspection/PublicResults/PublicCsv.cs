using System.Text;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.PublicResults;

/// <summary>A strict RFC 4180 reader for the export's text: CRLF records, quoted fields with doubled quotes; a bare LF or CR is a failure.</summary>
internal static class PublicCsv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }

            while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
            {
                Assert.NotEqual('"', text[i]);
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            Assert.True(i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n', $"a record must end with CRLF (at {i})");
            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }
}
