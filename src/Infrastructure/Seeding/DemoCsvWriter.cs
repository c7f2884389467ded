using System.Globalization;
using System.Text;
using DoubleRandom.Application.Common.Csv;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>
/// Writes the generated rosters as import-ready CSV files (UTF-8 with BOM, the import's Chinese headers), and the
/// simulated inspection history of the targets (inspections.csv, <see cref="DemoHistoryGenerator"/>) with its answer
/// key (inspection-truth.csv: η_i, u_i, p_i per target): a second pass
/// over the roster, target by target, so no file is ever held in memory.
/// </summary>
public static class DemoCsvWriter
{
    public static DemoCsvCounts Write(string folder, long targets, ulong seed, int? officers = null)
    {
        Directory.CreateDirectory(folder);
        var generator = new DemoRosterGenerator(seed);
        var history = new DemoHistoryGenerator(seed);
        var officerCount = officers ?? (int)Math.Clamp(targets / 500, 120, 20_000);
        var sampleCodes = new List<string>();
        using (var writer = Open(Path.Combine(folder, "targets.csv")))
        {
            writer.WriteLine(string.Join(',', RosterColumns.Targets.Select(c => c.Headers[0])));
            foreach (var t in generator.Targets(targets))
            {
                if (sampleCodes.Count < 5000)
                {
                    sampleCodes.Add(t.Code);
                }

                history.Count(t);

                Line(writer, t.Code, t.Kind.DisplayName().Chinese, t.Name, t.LegalRepresentative, t.Address, t.RegionCode, t.IndustrySection,
                    t.IndustryDivision, string.Join(';', TagList.Split(t.DepartmentCodes)), Date(t.RegistrationDate),
                    t.RegisteredCapital?.ToString(CultureInfo.InvariantCulture), t.Status.DisplayName().Chinese, t.RiskTier?.ToString(),
                    t.CreditClass?.ToString(), string.Join(';', TagList.Split(t.Tags)), t.Weight?.ToString(CultureInfo.InvariantCulture));
            }
        }

        var units = DemoDataSeeder.ReadDivisions().Select(d => $"NX-{d.Code}").ToList();
        var departments = DemoDataSeeder.DemoDepartments.Select(d => d.Code).ToList();
        var numbers = new List<string>();
        using (var writer = Open(Path.Combine(folder, "officers.csv")))
        {
            writer.WriteLine(string.Join(',', RosterColumns.Officers.Select(c => c.Headers[0])));
            foreach (var o in generator.Officers(officerCount, units, departments))
            {
                numbers.Add(o.Number);
                Line(writer, o.Number, o.Name, o.UnitCode, o.DepartmentCode, o.Status.ToString(), o.Leader ? "是" : "否",
                    string.Join(';', o.Expertise), null, o.Certificate?.Type, o.Certificate?.Number, Date(o.Certificate?.IssuedOn),
                    Date(o.Certificate?.ExpiresOn));
            }
        }

        var recusalCount = Math.Max(1, officerCount / 4);
        using (var writer = Open(Path.Combine(folder, "recusals.csv")))
        {
            writer.WriteLine("人员编号,检查对象代码,回避事由,说明,开始日期,结束日期");
            foreach (var r in generator.Recusals(recusalCount, numbers, sampleCodes))
            {
                Line(writer, r.OfficerNumber, r.TargetCode, r.Reason.ToString(), r.Note, Date(r.From), Date(r.To));
            }
        }

        long outcomes = 0;
        using (var writer = Open(Path.Combine(folder, "inspections.csv")))
        using (var truth = Open(Path.Combine(folder, "inspection-truth.csv")))
        {
            writer.WriteLine(string.Join(',', RosterColumns.InspectionHistory.Select(c => c.Headers[0])));
            // The answer key for evaluating a risk model (docs/demo-data.md): never a feature to train on.
            truth.WriteLine("code,eta,u,p");
            long index = 0;
            foreach (var t in generator.Targets(targets))
            {
                var p = history.Truth(t, index);
                Line(truth, t.Code, Number(p.LinearPredictor), Number(p.RandomEffect), Number(p.Probability));
                foreach (var o in history.Outcomes(t, index))
                {
                    Line(writer, o.TargetCode, Date(o.InspectedOn), o.Year.ToString(CultureInfo.InvariantCulture), o.TaskName, o.ItemCode, o.ItemName,
                        o.Category, Number(o.Lambda), o.Stratum);
                    outcomes++;
                }

                index++;
            }
        }

        return new DemoCsvCounts(targets, officerCount, recusalCount, outcomes);
    }

    private static StreamWriter Open(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StreamWriter writer, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(CsvCell.Cell(cells[i]));
        }

        writer.Write('\n');
    }
}
