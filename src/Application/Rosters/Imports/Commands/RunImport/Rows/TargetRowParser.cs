using DoubleRandom.Application.Common.Localization;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Application.Rosters.Targets;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>Cells of one row → a <see cref="TargetRow"/>, with the same checks as the API (TargetChecks).</summary>
/// <remarks>
/// Runs a million times per large file, so the columns are looked up once, and a list cell (departments, tags) is
/// split, checked and joined once per distinct text: a roster repeats a few hundred combinations.
/// </remarks>
public sealed class TargetRowParser
{
    private static readonly (string, TargetStatus)[] StatusAliases =
        [("在营", TargetStatus.Active), ("开业", TargetStatus.Active), ("经营异常", TargetStatus.AbnormalOperation)];

    private readonly ColumnMap _map;
    private readonly IReferenceData _reference;
    private readonly DateOnly _today;
    private readonly int _code, _kind, _name, _legal, _address, _region, _section, _division, _departments, _registered, _capital,
        _status, _tier, _credit, _tags, _weight;

    private readonly ListCells _departmentCells;
    private readonly ListCells _tagCells;

    public TargetRowParser(ColumnMap map, IReferenceData reference, IReadOnlySet<string> departments, DateOnly today)
    {
        (_map, _reference, _today) = (map, reference, today);
        (_code, _kind, _name, _legal, _address, _region) = (map.IndexOf("code"), map.IndexOf("kind"), map.IndexOf("name"),
            map.IndexOf("legalRepresentative"), map.IndexOf("address"), map.IndexOf("regionCode"));
        (_section, _division, _departments, _registered, _capital) = (map.IndexOf("industrySection"), map.IndexOf("industryDivision"),
            map.IndexOf("departmentCodes"), map.IndexOf("registrationDate"), map.IndexOf("registeredCapital"));
        (_status, _tier, _credit, _tags, _weight) = (map.IndexOf("status"), map.IndexOf("riskTier"), map.IndexOf("creditClass"),
            map.IndexOf("tags"), map.IndexOf("weight"));
        _departmentCells = new ListCells(20, 32, code => departments.Contains(code) ? null : ImportText.UnknownDepartment(code));
        _tagCells = new ListCells(50, 50, null);
    }

    public TargetRow? Parse(string[] cells, long row, List<RowError> errors)
    {
        var before = errors.Count;
        void Fail(string key, string? message)
        {
            if (message is not null)
            {
                errors.Add(new RowError(row, _map.HeaderOf(key), message));
            }
        }

        var code = ColumnMap.Cell(cells, _code);
        if (!CellParsers.TryEnum<TargetKind>(ColumnMap.Cell(cells, _kind), k => k.DisplayName().Chinese, out var kind))
        {
            Fail("kind", CommonTexts.InvalidValue(CellParsers.Allowed<TargetKind>(k => k.DisplayName().Chinese)));
        }

        kind ??= code is null ? null : TargetChecks.InferKind(code);
        if (code is null || kind is null)
        {
            Fail("code", code is null ? TargetChecks.CodeRequired : Text.Of("无法从代码判断类别，请填写类别", "Cannot infer the kind; fill in the kind column."));
        }
        else
        {
            Fail("code", TargetChecks.Code(kind.Value, code));
        }

        var name = ColumnMap.Cell(cells, _name);
        Fail("name", TargetChecks.FreeText(name, Target.NameMaxLength, required: true));
        var legal = ColumnMap.Cell(cells, _legal);
        Fail("legalRepresentative", TargetChecks.FreeText(legal, Target.PersonMaxLength, required: false));
        var address = ColumnMap.Cell(cells, _address);
        Fail("address", TargetChecks.FreeText(address, Target.AddressMaxLength, required: false));
        var region = ColumnMap.Cell(cells, _region);
        Fail("regionCode", TargetChecks.Region(_reference, region));

        var section = ColumnMap.Cell(cells, _section)?.ToUpperInvariant();
        var division = ColumnMap.Cell(cells, _division);
        if (division is { Length: 1 })
        {
            division = "0" + division;
        }

        if (TargetChecks.Industry(_reference, section, division) is { } industry)
        {
            Fail(industry.Field, industry.Message);
        }

        section ??= division is null ? null : _reference.SectionOfDivision(int.TryParse(division, out var n) ? n : -1)?.Section;

        var departmentCodes = _departmentCells.Get(ColumnMap.Cell(cells, _departments));
        foreach (var message in departmentCodes.Errors)
        {
            Fail("departmentCodes", message);
        }

        if (!CellParsers.TryDate(ColumnMap.Cell(cells, _registered), out var registered))
        {
            Fail("registrationDate", ImportText.BadDate);
        }

        Fail("registrationDate", TargetChecks.RegistrationDate(registered, _today));
        if (!CellParsers.TryDecimal(ColumnMap.Cell(cells, _capital), out var capital))
        {
            Fail("registeredCapital", ImportText.BadNumber);
        }

        Fail("registeredCapital", TargetChecks.Capital(capital));
        if (!CellParsers.TryEnum<TargetStatus>(ColumnMap.Cell(cells, _status), s => s.DisplayName().Chinese, out var status, StatusAliases))
        {
            Fail("status", CommonTexts.InvalidValue(CellParsers.Allowed<TargetStatus>(s => s.DisplayName().Chinese)));
        }

        if (!CellParsers.TryEnum<RiskTier>(ColumnMap.Cell(cells, _tier)?.ToUpperInvariant(), t => t.ToString(), out var tier))
        {
            Fail("riskTier", CommonTexts.InvalidValue("A、B、C、D"));
        }

        if (!CellParsers.TryEnum<CreditClass>(ColumnMap.Cell(cells, _credit)?.ToUpperInvariant(), t => t.ToString(), out var credit))
        {
            Fail("creditClass", CommonTexts.InvalidValue("A、B、C、D"));
        }

        var tags = _tagCells.Get(ColumnMap.Cell(cells, _tags));
        foreach (var message in tags.Errors)
        {
            Fail("tags", message);
        }

        if (!CellParsers.TryInt(ColumnMap.Cell(cells, _weight), out var weight))
        {
            Fail("weight", ImportText.BadNumber);
        }

        Fail("weight", TargetChecks.Weight(weight));

        return errors.Count > before ? null : new TargetRow(
            code!, kind!.Value, name!, legal, address, region!, section, division, departmentCodes.Joined, registered,
            capital, status ?? TargetStatus.Active, tier, credit, tags.Joined, weight);
    }

    /// <summary>A list cell split, checked (with each unknown item) and joined as stored, remembered by its text.</summary>
    private sealed class ListCells(int maxItems, int maxLength, Func<string, string?>? unknown)
    {
        private const int MaxRemembered = 10_000;
        private static readonly ListCell None = new(string.Empty, []);
        private readonly Dictionary<string, ListCell> _seen = new(StringComparer.Ordinal);

        public ListCell Get(string? text)
        {
            if (text is null)
            {
                return None;
            }

            if (_seen.TryGetValue(text, out var cell))
            {
                return cell;
            }

            var items = CellParsers.List(text);
            var errors = new List<string>();
            if (TargetChecks.ListItems(items, maxItems, maxLength) is { } invalid)
            {
                errors.Add(invalid);
            }

            if (unknown is not null)
            {
                errors.AddRange(items.Select(unknown).OfType<string>());
            }

            cell = new ListCell(TagList.Join(items), errors);
            if (_seen.Count < MaxRemembered)
            {
                _seen[text] = cell;
            }

            return cell;
        }
    }

    private sealed record ListCell(string Joined, IReadOnlyList<string> Errors);
}
