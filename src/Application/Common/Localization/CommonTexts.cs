namespace DoubleRandom.Application.Common.Localization;

/// <summary>Field texts several features share: a query parameter and an import cell refused for the same reason read the same.</summary>
public static class CommonTexts
{
    /// <summary>A value outside a fixed set (an enum in a query, a choice in an import cell), with the values allowed.</summary>
    public static string InvalidValue(string allowed) => Text.Of($"取值无效，允许：{allowed}", $"Invalid value; allowed: {allowed}");
}
