using System.Globalization;
using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Targets;

/// <summary>
/// Field checks of a target shared by the API validators and the row-by-row import, so a row in a file
/// and a JSON body are refused for the same reasons with the same words. Each returns null when fine.
/// </summary>
public static class TargetChecks
{
    /// <summary>An empty code, in a body or an import row.</summary>
    public static string CodeRequired => Text.Of("代码不能为空", "The code is required.");

    public static string? Code(TargetKind kind, string? code)
    {
        var failure = kind.UsesCreditCode() ? UnifiedSocialCreditCode.Check(code) : DesignedTargetCode.Check(kind, code);
        return failure is null ? null : Describe(kind, failure);
    }

    public static string Describe(TargetKind kind, CodeFailure f) => f.Kind switch
    {
        CodeFailureKind.Empty => CodeRequired,
        CodeFailureKind.WrongLength => Text.Of(
            $"统一社会信用代码应为 18 位，实际为 {f.Length} 位", $"A unified social credit code has 18 characters, not {f.Length}."),
        CodeFailureKind.CharacterNotAllowed => Text.Of(
            $"第 {f.Position} 位字符 '{f.Found}' 不在允许的字符集内（0-9 及除 I、O、S、V、Z 以外的大写字母）",
            $"Character '{f.Found}' at position {f.Position} is not allowed (0-9 and capitals except I, O, S, V, Z)."),
        CodeFailureKind.RegionNotDigits => Text.Of(
            $"第 {f.Position} 位字符 '{f.Found}' 应为数字（第 3–8 位为行政区划代码）",
            $"Character '{f.Found}' at position {f.Position} should be a digit (positions 3–8 are the division code)."),
        CodeFailureKind.CheckCharacter => Text.Of(
            $"第 18 位校验码应为 {f.Expected}，实际为 {f.Found}",
            $"The check character (position 18) should be {f.Expected}, not {f.Found}."),
        CodeFailureKind.WrongPrefix => Text.Of(
            $"{kind.DisplayName().Chinese}代码应以 {DesignedTargetCode.PrefixOf(kind)}- 开头",
            $"A {kind.DisplayName().English.ToLowerInvariant()} code starts with {DesignedTargetCode.PrefixOf(kind)}-."),
        _ => Text.Of(
            $"代码格式应为 {DesignedTargetCode.PrefixOf(kind)}-<6 位行政区划代码>-<1~12 位序号>，如 {DesignedTargetCode.Format(kind, "640104", 1)}",
            $"The code is {DesignedTargetCode.PrefixOf(kind)}-<6-digit division>-<1 to 12 digits>, e.g. {DesignedTargetCode.Format(kind, "640104", 1)}."),
    };

    /// <summary>The kind a code implies: PRD-/PRJ-/BHV- prefixes, or GB 32100 positions 1–2 (91 enterprise, 92 individual, 1x institution, 5x social).</summary>
    public static TargetKind InferKind(string code)
    {
        if (code.StartsWith("PRD-", StringComparison.Ordinal))
        {
            return TargetKind.Product;
        }

        if (code.StartsWith("PRJ-", StringComparison.Ordinal))
        {
            return TargetKind.Project;
        }

        if (code.StartsWith("BHV-", StringComparison.Ordinal))
        {
            return TargetKind.Behaviour;
        }

        // Anything else is taken for a credit code, so a malformed one is told what is wrong with it.
        return code switch
        {
            ['9', '2', ..] => TargetKind.IndividualBusiness,
            ['1', ..] => TargetKind.PublicInstitution,
            ['5', ..] => TargetKind.SocialOrganization,
            _ => TargetKind.Enterprise,
        };
    }

    public static string? Region(IReferenceData reference, string? region)
    {
        if (string.IsNullOrEmpty(region) || region.Length != 6 || region.AsSpan().ContainsAnyExceptInRange('0', '9') || region[0] == '0')
        {
            return Text.Of("行政区划代码应为 6 位数字（GB/T 2260）", "A region code is six digits (GB/T 2260).");
        }

        return region.StartsWith("64", StringComparison.Ordinal) && !reference.IsKnownRegion(region)
            ? Text.Of($"行政区划代码 {region} 不在宁夏行政区划表中", $"Region code {region} is not in the Ningxia division list.")
            : null;
    }

    /// <summary>Section letter and two-digit division; the division must lie in the section's range. Returns (field, message).</summary>
    public static (string Field, string Message)? Industry(IReferenceData reference, string? section, string? division)
    {
        if (section is not null && reference.Section(section) is null)
        {
            return ("industrySection", Text.Of("行业门类应为 GB/T 4754 门类字母 A–T", "An industry section is a GB/T 4754 letter A–T."));
        }

        if (division is null)
        {
            return null;
        }

        if (division.Length != 2 || !int.TryParse(division, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || reference.SectionOfDivision(number) is not { } owner)
        {
            return ("industryDivision", Text.Of("行业大类应为 GB/T 4754 的两位大类代码（01–97）", "An industry division is a two-digit GB/T 4754 division (01–97)."));
        }

        return section is not null && owner.Section != section
            ? ("industryDivision", Text.Of(
                $"行业大类 {division} 属于门类 {owner.Section}，不属于门类 {section}",
                $"Division {division} belongs to section {owner.Section}, not {section}."))
            : null;
    }

    public static string? RegistrationDate(DateOnly? date, DateOnly today) =>
        date > today ? Text.Of("登记日期不能晚于今天", "The registration date cannot be in the future.") : null;

    public static string? Capital(decimal? capital) =>
        capital < 0 ? Text.Of("注册资本不能为负数", "Registered capital cannot be negative.")
        : capital > 999_999_999_999m ? Text.Of("注册资本超出范围", "Registered capital is out of range.") : null;

    public static string? Weight(int? weight) =>
        weight is null or (>= 1 and <= Target.MaxWeight) ? null : Text.Of("权重应在 1 到 1000000 之间", "A weight is between 1 and 1000000.");

    /// <summary>Free text: no control characters, no leading or trailing blanks, bounded length.</summary>
    public static string? FreeText(string? value, int maxLength, bool required)
    {
        if (string.IsNullOrEmpty(value))
        {
            return required ? Text.Of("不能为空", "Required.") : null;
        }

        if (value.Length > maxLength)
        {
            return Text.Of($"长度不能超过 {maxLength} 个字符", $"At most {maxLength} characters.");
        }

        return HasOuterBlanks(value) || HasControl(value)
            ? Text.Of("首尾不能有空白，且不能包含控制字符", "No leading or trailing blanks and no control characters.")
            : null;
    }

    /// <summary>What <see cref="string.Trim()"/> would remove: white space at either end.</summary>
    private static bool HasOuterBlanks(string value) => value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));

    /// <summary>Any character <see cref="char.IsControl(char)"/> holds for (U+0000–U+001F, U+007F–U+009F), searched vectorised.</summary>
    private static bool HasControl(string value) =>
        value.AsSpan().ContainsAnyInRange('\u0000', '\u001F') || value.AsSpan().ContainsAnyInRange('\u007F', '\u009F');

    /// <summary>Department codes and tags become DR1-safe list items (no separator inside an item).</summary>
    public static string? ListItems(IReadOnlyList<string>? items, int maxItems, int maxLength)
    {
        if (items is null)
        {
            return null;
        }

        if (items.Count > maxItems)
        {
            return Text.Of($"最多 {maxItems} 项", $"At most {maxItems} items.");
        }

        var bad = false;
        foreach (var i in items)
        {
            bad |= string.IsNullOrWhiteSpace(i) || i.Length > maxLength || i.Contains(TagList.Separator, StringComparison.Ordinal) || HasControl(i) || HasOuterBlanks(i);
        }

        if (bad)
        {
            return Text.Of($"每项不能为空、不超过 {maxLength} 个字符且不能包含 |", $"Each item is non-empty, at most {maxLength} characters, without '|'.");
        }

        // Stored as one |a|b| column of at most 1000 characters: a longer list would fail in the database, not here.
        return TagList.Join(items).Length > Target.ListMaxLength
            ? Text.Of($"合计不能超过 {Target.ListMaxLength} 个字符（含分隔符）", $"At most {Target.ListMaxLength} characters in all (separators included).")
            : null;
    }
}
