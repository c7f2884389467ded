using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>One valid target row, ready for the staging table.</summary>
public sealed record TargetRow(
    string Code, TargetKind Kind, string Name, string? LegalRepresentative, string? Address, string RegionCode,
    string? IndustrySection, string? IndustryDivision, string DepartmentCodes, DateOnly? RegistrationDate,
    decimal? RegisteredCapital, TargetStatus Status, RiskTier? RiskTier, CreditClass? CreditClass, string Tags, int? Weight);

/// <summary>A refused cell: the row (as a spreadsheet numbers it), the column header, why.</summary>
public sealed record RowError(long Row, string Column, string Message);

/// <summary>Cells of one row → a <see cref="TargetRow"/>, with the same checks as the API (TargetChecks).</summary>
public sealed class TargetRowParser(ColumnMap map, IReferenceData reference, IReadOnlySet<string> departments, DateOnly today)
{
    private static readonly (string, TargetStatus)[] StatusAliases =
        [("在营", TargetStatus.Active), ("开业", TargetStatus.Active), ("经营异常", TargetStatus.AbnormalOperation)];

    public TargetRow? Parse(string[] cells, long row, List<RowError> errors)
    {
        var before = errors.Count;
        void Fail(string key, string? message)
        {
            if (message is not null)
            {
                errors.Add(new RowError(row, map.HeaderOf(key), message));
            }
        }

        var code = map.Get(cells, "code");
        if (!CellParsers.TryEnum<TargetKind>(map.Get(cells, "kind"), k => k.DisplayName().Chinese, out var kind))
        {
            Fail("kind", ImportText.BadValue(CellParsers.Allowed<TargetKind>(k => k.DisplayName().Chinese)));
        }

        kind ??= code is null ? null : TargetChecks.InferKind(code);
        if (code is null || kind is null)
        {
            Fail("code", code is null ? Text.Of("代码不能为空", "The code is required.") : Text.Of("无法从代码判断类别，请填写类别", "Cannot infer the kind; fill in the kind column."));
        }
        else
        {
            Fail("code", TargetChecks.Code(kind.Value, code));
        }

        var name = map.Get(cells, "name");
        Fail("name", TargetChecks.FreeText(name, Target.NameMaxLength, required: true));
        var legal = map.Get(cells, "legalRepresentative");
        Fail("legalRepresentative", TargetChecks.FreeText(legal, Target.PersonMaxLength, required: false));
        var address = map.Get(cells, "address");
        Fail("address", TargetChecks.FreeText(address, Target.AddressMaxLength, required: false));
        var region = map.Get(cells, "regionCode");
        Fail("regionCode", TargetChecks.Region(reference, region));

        var section = map.Get(cells, "industrySection")?.ToUpperInvariant();
        var division = map.Get(cells, "industryDivision");
        if (division is { Length: 1 })
        {
            division = "0" + division;
        }

        if (TargetChecks.Industry(reference, section, division) is { } industry)
        {
            Fail(industry.Field, industry.Message);
        }

        section ??= division is null ? null : reference.SectionOfDivision(int.TryParse(division, out var n) ? n : -1)?.Section;

        var departmentCodes = CellParsers.List(map.Get(cells, "departmentCodes"));
        Fail("departmentCodes", TargetChecks.ListItems(departmentCodes, 20, 32));
        foreach (var unknown in departmentCodes.Where(d => !departments.Contains(d)))
        {
            Fail("departmentCodes", ImportText.UnknownDepartment(unknown));
        }

        if (!CellParsers.TryDate(map.Get(cells, "registrationDate"), out var registered))
        {
            Fail("registrationDate", ImportText.BadDate);
        }

        Fail("registrationDate", TargetChecks.RegistrationDate(registered, today));
        if (!CellParsers.TryDecimal(map.Get(cells, "registeredCapital"), out var capital))
        {
            Fail("registeredCapital", ImportText.BadNumber);
        }

        Fail("registeredCapital", TargetChecks.Capital(capital));
        if (!CellParsers.TryEnum<TargetStatus>(map.Get(cells, "status"), s => s.DisplayName().Chinese, out var status, StatusAliases))
        {
            Fail("status", ImportText.BadValue(CellParsers.Allowed<TargetStatus>(s => s.DisplayName().Chinese)));
        }

        if (!CellParsers.TryEnum<RiskTier>(map.Get(cells, "riskTier")?.ToUpperInvariant(), t => t.ToString(), out var tier))
        {
            Fail("riskTier", ImportText.BadValue("A、B、C、D"));
        }

        if (!CellParsers.TryEnum<CreditClass>(map.Get(cells, "creditClass")?.ToUpperInvariant(), t => t.ToString(), out var credit))
        {
            Fail("creditClass", ImportText.BadValue("A、B、C、D"));
        }

        var tags = CellParsers.List(map.Get(cells, "tags"));
        Fail("tags", TargetChecks.ListItems(tags, 50, 50));
        if (!CellParsers.TryInt(map.Get(cells, "weight"), out var weight))
        {
            Fail("weight", ImportText.BadNumber);
        }

        Fail("weight", TargetChecks.Weight(weight));

        return errors.Count > before ? null : new TargetRow(
            code!, kind!.Value, name!, legal, address, region!, section, division, TagList.Join(departmentCodes), registered,
            capital, status ?? TargetStatus.Active, tier, credit, TagList.Join(tags), weight);
    }
}
