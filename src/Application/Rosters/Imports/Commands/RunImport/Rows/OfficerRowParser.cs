using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Officers;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>Cells of one officer row → an <see cref="OfficerRow"/>; each bad cell goes to the report.</summary>
public static class OfficerRowParser
{
    public static OfficerRow? Parse(ColumnMap map, string[] cells, long line, Dictionary<string, Guid> units, HashSet<string> departments,
        ImportReport report)
    {
        var before = report.Count;
        void Fail(string key, string? message)
        {
            if (message is not null)
            {
                report.Add(new RowError(line, map.HeaderOf(key), message));
            }
        }

        var number = map.Get(cells, "number");
        Fail("number", number is null || number.Length > Officer.NumberMaxLength || !number.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-')
            ? Text.Of("人员编号只能包含字母、数字以及 . _ : - 字符，且不超过 64 个字符", "An officer number has letters, digits and . _ : - only, at most 64 characters.") : null);
        var name = map.Get(cells, "name");
        Fail("name", TargetChecks.FreeText(name, Officer.NameMaxLength, required: true));
        var unitCode = map.Get(cells, "unitCode");
        Fail("unitCode", unitCode is null || !units.ContainsKey(unitCode) ? ImportText.UnknownUnit(unitCode ?? string.Empty) : null);
        var department = map.Get(cells, "departmentCode");
        Fail("departmentCode", department is null || !departments.Contains(department) ? ImportText.UnknownDepartment(department ?? string.Empty) : null);
        if (!CellParsers.TryEnum<OfficerStatus>(map.Get(cells, "status"), StatusName, out var status, ("在岗", OfficerStatus.Active)))
        {
            Fail("status", CommonTexts.InvalidValue(CellParsers.Allowed<OfficerStatus>(StatusName)));
        }

        if (!CellParsers.TryBool(map.Get(cells, "isLeaderEligible"), out var leader))
        {
            Fail("isLeaderEligible", CommonTexts.InvalidValue("是/否"));
        }

        var expertise = CellParsers.List(map.Get(cells, "expertiseTags"));
        Fail("expertiseTags", TargetChecks.ListItems(expertise, 30, 50));
        Guid? userId = null;
        if (map.Get(cells, "userId") is { } user)
        {
            if (Guid.TryParse(user, out var parsed))
            {
                userId = parsed;
            }
            else
            {
                Fail("userId", CommonTexts.InvalidValue("GUID"));
            }
        }

        var certificates = Certificate(map, cells, Fail);
        return report.Count > before ? null : new OfficerRow(line, number!, new OfficerDetails(
            name!, units[unitCode!], department!, status ?? OfficerStatus.Active, leader, userId, expertise, certificates));
    }

    private static List<EnforcementCertificate> Certificate(ColumnMap map, string[] cells, Action<string, string?> fail)
    {
        var type = map.Get(cells, "certificateType");
        var number = map.Get(cells, "certificateNumber");
        var issuedOk = CellParsers.TryDate(map.Get(cells, "certificateIssuedOn"), out var issued);
        var expiresOk = CellParsers.TryDate(map.Get(cells, "certificateExpiresOn"), out var expires);
        if (number is null && type is null && issued is null && expires is null)
        {
            return [];
        }

        fail("certificateIssuedOn", issuedOk && issued is not null ? null : ImportText.BadDate);
        fail("certificateExpiresOn", expiresOk && expires is not null ? null
            : ImportText.BadDate);
        fail("certificateNumber", number is null || number.Length > 64 ? Text.Of("执法证号不能为空，且不超过 64 个字符", "A certificate number is required, at most 64 characters.") : null);
        if (issued is { } i && expires is { } e && e <= i)
        {
            fail("certificateExpiresOn", OfficerTexts.CertificateExpiryAfterIssue);
        }

        return issued is { } from && expires is { } to && number is not null
            ? [new EnforcementCertificate(type ?? "执法证", number, from, to)]
            : [];
    }

    private static string StatusName(OfficerStatus s) => s.DisplayName().Chinese;
}
