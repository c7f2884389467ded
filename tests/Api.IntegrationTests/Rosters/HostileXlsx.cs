using System.IO.Compression;
using System.Text;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>
/// Small XLSX files that ask for a lot once opened, built part by part (parts written as streams, so a test never holds
/// what the file inflates to): a shared string larger than a cell, a workbook larger than it may inflate.
/// </summary>
internal static class HostileXlsx
{
    private const string Header = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    /// <summary>A workbook of one sheet: header row from shared strings 0–2 (the target columns), then <paramref name="extraStrings"/>.</summary>
    public static byte[] WithSharedStrings(Action<StreamWriter> extraStrings, Action<ZipArchive>? more = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write(Header + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
                """));
            Part(zip, "_rels/.rels", w => w.Write(Header + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """));
            Part(zip, "xl/workbook.xml", w => w.Write(Header + """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(Header + """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
                """));
            Part(zip, "xl/worksheets/sheet1.xml", w => w.Write(Header + """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>640104</v></c></row></sheetData></worksheet>
                """));
            Part(zip, "xl/sharedStrings.xml", w =>
            {
                w.Write(Header + """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
                w.Write("<si><t>统一社会信用代码</t></si><si><t>名称</t></si><si><t>行政区划代码</t></si>");
                extraStrings(w);
                w.Write("</sst>");
            });
            more?.Invoke(zip);
        }

        return buffer.ToArray();
    }

    /// <summary>One shared string of <paramref name="chars"/> characters, written a block at a time (in runs of <paramref name="run"/> when given).</summary>
    public static Action<StreamWriter> OneString(long chars, int? run = null) => w =>
    {
        var block = new string('长', 4096);
        w.Write("<si>");
        if (run is null)
        {
            w.Write("<t>");
        }

        for (var written = 0L; written < chars; written += block.Length)
        {
            if (run is not null && written % run.Value == 0)
            {
                w.Write(written == 0 ? "<r><t>" : "</t></r><r><t>");
            }

            w.Write(block.AsSpan(0, (int)Math.Min(block.Length, chars - written)));
        }

        w.Write(run is null ? "</t></si>" : "</t></r></si>");
    };

    /// <summary>Many ordinary strings, <paramref name="total"/> characters together.</summary>
    public static Action<StreamWriter> ManyStrings(long total, int each = 10_000) => w =>
    {
        var text = new string('长', each);
        for (var written = 0L; written < total; written += each)
        {
            w.Write("<si><t>");
            w.Write(text);
            w.Write("</t></si>");
        }
    };

    /// <summary>A part of <paramref name="bytes"/> zero bytes (it compresses to almost nothing).</summary>
    public static Action<ZipArchive> Padding(string name, long bytes) => zip =>
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        var block = new byte[1 << 16];
        for (var written = 0L; written < bytes; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
        }
    };

    private static void Part(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
