using System.Text;
using DoubleRandom.Application.Common.Localization;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>Messages of the import, Chinese first.</summary>
public static class ImportText
{
    public static string NotASpreadsheet => Text.Of("文件不是有效的 XLSX 工作簿", "The file is not a valid XLSX workbook.");

    public static string Binary => Text.Of(
        "文件不是文本 CSV 或 XLSX（含有二进制内容；UTF-16 文本请另存为 UTF-8 或 GB18030）",
        "The file is neither a text CSV nor an XLSX (it has binary content; save UTF-16 text as UTF-8 or GB18030).");

    public static string Empty => Text.Of("文件为空", "The file is empty.");

    public static string NoRows => Text.Of("文件只有表头，没有数据行", "The file has a header but no data rows.");

    public static string NotDecodable(Encoding encoding) => Text.Of(
        $"此行附近的字节不是有效的 {encoding.WebName} 编码（文件是否混用了多种编码？可用 encoding 参数指定）",
        $"The bytes near this row are not valid {encoding.WebName} (does the file mix encodings? Name one with the encoding parameter).");

    public static string CellTooLong(int max) => Text.Of($"单元格超过 {max} 个字符（上限 Imports:MaxCellChars）", $"A cell exceeds {max} characters (the Imports:MaxCellChars limit).");

    public static string SharedStringTooLong(int max) => Text.Of(
        $"XLSX 的共享字符串表中有一个字符串超过单元格上限 {max} 个字符（Imports:MaxCellChars）",
        $"A string of the XLSX's shared-string table exceeds the cell limit of {max} characters (Imports:MaxCellChars).");

    public static string TooManyRows(long max) => Text.Of(
        $"文件超过 {max:N0} 行数据（上限 Imports:MaxRows），请拆分后分别导入",
        $"The file has more than {max:N0} data rows (the Imports:MaxRows limit); split it and import the parts.");

    public static string XlsxTooLarge(long max) => Text.Of(
        $"XLSX 解压后超过 {max:N0} 字节（上限 Imports:MaxXlsxUncompressedBytes）",
        $"The XLSX inflates to more than {max:N0} bytes (the Imports:MaxXlsxUncompressedBytes limit).");

    public static string SharedStringsTooLarge(long max) => Text.Of(
        $"XLSX 的共享字符串表超过 {max:N0} 字节（上限 Imports:MaxSharedStringsBytes）",
        $"The XLSX's shared strings exceed {max:N0} bytes (the Imports:MaxSharedStringsBytes limit).");

    public static string MoreErrors(long more, int listed) => Text.Of(
        $"另有 {more:N0} 项错误未列出（报告最多列出 {listed:N0} 项，上限 Imports:MaxReportedErrors）",
        $"{more:N0} more errors are not listed (the report lists {listed:N0}, the Imports:MaxReportedErrors limit).");

    public static string RowTooLong(int max) => Text.Of($"一行超过 {max} 个字符", $"A row exceeds {max} characters.");

    public static string UnknownColumn(string header) => Text.Of($"未知列：{header}", $"Unknown column: {header}");

    public static string MissingColumn(string header) => Text.Of($"缺少必需列：{header}", $"Missing required column: {header}");

    public static string DuplicateColumn(string header) => Text.Of($"列重复：{header}", $"Duplicate column: {header}");

    public static string DuplicateCode(long firstRow) => Text.Of($"代码与第 {firstRow} 行重复", $"The code duplicates row {firstRow}.");

    public static string BadDate => Text.Of("日期格式应为 yyyy-MM-dd", "A date is written yyyy-MM-dd.");

    public static string BadNumber => Text.Of("不是有效的数字", "Not a valid number.");

    public static string UnknownDepartment(string code) => Text.Of($"部门不存在或已撤销：{code}", $"Unknown or retired department: {code}");

    public static string UnitOutOfScope => Text.Of("超出本人所属单位范围：不能导入到其他单位，也不能修改其他单位的人员或其回避记录", "Outside your units: officers of another unit, and their recusals, cannot be imported or changed.");

    public static string UnknownUnit(string code) => Text.Of($"单位不存在或已撤销：{code}", $"Unknown or retired unit: {code}");
}
