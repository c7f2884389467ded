using DoubleRandom.Application.Evaluation.Model;
using ScottPlot;

namespace DoubleRandom.Analytics.Evaluation.Rendering;

/// <summary>
/// The report's charts, built from the model's numbers only (no computation beyond placing them). Category axes carry
/// the model's labels as manual ticks; every text a chart prints is listed in <see cref="ReportChart.Texts"/>.
/// </summary>
public static class ReportCharts
{
    private const int Wide = 510, Tall = 250;

    public static ReportChart Coverage(IReadOnlyList<CoverageRow> rows, string title)
    {
        var labels = rows.Select(r => r.Label).ToArray();
        return Chart(title, "比例", null, labels, ["抽取比例", "检查比例"], plot =>
        {
            Grouped(plot, labels, [("抽取比例", rows.Select(r => r.DrawnShare ?? 0).ToArray()), ("检查比例", rows.Select(r => r.InspectedShare ?? 0).ToArray())]);
        });
    }

    public static ReportChart HitRates(IReadOnlyList<HitRateRow> rows, string title)
    {
        var labels = rows.Select(r => r.Label).ToArray();
        return Chart(title, "发现问题率", null, labels, ["发现问题率"], plot =>
            Grouped(plot, labels, [("发现问题率", rows.Select(r => r.Rate ?? 0).ToArray())]));
    }

    /// <summary>The naive hit rate beside the Hájek estimate with its 95 % interval as error bars, per row.</summary>
    public static ReportChart Estimates(IReadOnlyList<EstimateRow> rows, string title)
    {
        var labels = rows.Select(r => r.Label).ToArray();
        return Chart(title, "问题率", null, labels, ["直接命中率", "Hájek 估计及 95% 置信区间"], plot =>
        {
            var naive = rows.Select((r, i) => (X: i - 0.15, Y: r.NaiveRate)).Where(p => p.Y is not null).ToArray();
            var naivePlot = plot.Add.ScatterPoints(naive.Select(p => p.X).ToArray(), naive.Select(p => p.Y!.Value).ToArray());
            naivePlot.LegendText = "直接命中率";
            naivePlot.MarkerSize = 7;
            var hajek = rows.Select((r, i) => (X: i + 0.15, Ci: r.Hajek)).Where(p => p.Ci is not null).ToArray();
            var xs = hajek.Select(p => p.X).ToArray();
            var ys = hajek.Select(p => p.Ci!.Estimate).ToArray();
            var hajekPlot = plot.Add.ScatterPoints(xs, ys);
            hajekPlot.LegendText = "Hájek 估计及 95% 置信区间";
            hajekPlot.MarkerSize = 7;
            var bars = plot.Add.ErrorBar(xs, ys, hajek.Select(p => p.Ci!.High - p.Ci.Estimate).ToArray());
            bars.YErrorNegative = hajek.Select(p => p.Ci!.Estimate - p.Ci.Low).ToArray();
            bars.Color = hajekPlot.Color;
            Ticks(plot, labels);
            plot.Axes.SetLimitsX(-0.6, labels.Length - 0.4);
            plot.ShowLegend(Alignment.UpperRight);
        });
    }

    /// <summary>Per sub-period: the naive hit rate, the Hájek estimate, follow-up closure and publication on time.</summary>
    public static ReportChart Trends(IReadOnlyList<TrendPoint> points, string title)
    {
        var labels = points.Select(p => p.Label).ToArray();
        (string Name, Func<TrendPoint, double?> Value)[] lines =
        [
            ("直接命中率", p => p.NaiveRate),
            ("Hájek 估计", p => p.Hajek?.Estimate),
            ("整改办结率", p => p.FollowUpClosureRate),
            ("按时公示率", p => p.PublicationOnTimeShare),
        ];
        return Chart(title, "比例", null, labels, lines.Select(l => l.Name), plot =>
        {
            foreach (var (name, value) in lines)
            {
                var pts = points.Select((p, i) => (X: (double)i, Y: value(p))).Where(p => p.Y is not null).ToArray();
                if (pts.Length == 0)
                {
                    continue;
                }

                var line = plot.Add.Scatter(pts.Select(p => p.X).ToArray(), pts.Select(p => p.Y!.Value).ToArray());
                line.LegendText = name;
                line.MarkerSize = 5;
            }

            Ticks(plot, labels);
            plot.ShowLegend(Alignment.UpperRight);
        });
    }

    /// <summary>Targets per officer, largest first (officers by number).</summary>
    public static ReportChart Workload(IReadOnlyList<OfficerRow> officers, string title)
    {
        var sorted = officers.OrderByDescending(o => o.Targets).ThenBy(o => o.Number, StringComparer.Ordinal).ToArray();
        var labels = sorted.Length <= 30 ? sorted.Select(o => o.Number).ToArray() : [];
        return Chart(title, "检查对象数", "执法人员（按编号）", labels, [], plot =>
        {
            plot.Add.Bars(sorted.Select(o => (double)o.Targets).ToArray());
            if (labels.Length > 0)
            {
                Ticks(plot, labels);
            }
        });
    }

    /// <summary>Times each officer was drawn against the expectation, with the line drawn = expected.</summary>
    public static ReportChart DrawnVersusExpected(IReadOnlyList<OfficerRow> officers, string title)
    {
        var max = Math.Max(1, officers.Max(o => Math.Max(o.Expected, o.TimesDrawn)));
        return Chart(title, "实际被抽中次数", "期望次数", [], ["实际 = 期望"], plot =>
        {
            var points = plot.Add.ScatterPoints(officers.Select(o => o.Expected).ToArray(), officers.Select(o => (double)o.TimesDrawn).ToArray());
            points.MarkerSize = 6;
            var line = plot.Add.Line(0, 0, max, max);
            line.LegendText = "实际 = 期望";
            line.LinePattern = LinePattern.Dashed;
            plot.ShowLegend(Alignment.UpperLeft);
        });
    }

    /// <summary>Expected against observed selections per λ bin (the χ² goodness-of-fit test).</summary>
    public static ReportChart InclusionBins(IReadOnlyList<FitBinRow> bins, string title)
    {
        var labels = bins.Select(b => $"{ReportNumbers.Decimal(b.From)}–{ReportNumbers.Decimal(b.To)}").ToArray();
        return Chart(title, "被抽中数", "入样概率 λ 分组", labels, ["期望 Σλ", "实际"], plot =>
            Grouped(plot, labels, [("期望 Σλ", bins.Select(b => b.Expected).ToArray()), ("实际", bins.Select(b => (double)b.Observed).ToArray())]));
    }

    public static ReportChart Curve(IReadOnlyList<CurvePoint> points, string title, string xLabel, string yLabel, bool diagonal)
    {
        return Chart(title, yLabel, xLabel, [], diagonal ? ["随机"] : [], plot =>
        {
            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 2;
            if (diagonal)
            {
                var chance = plot.Add.Line(0, 0, 1, 1);
                chance.LinePattern = LinePattern.Dashed;
                chance.LegendText = "随机";
                plot.ShowLegend(Alignment.LowerRight);
            }

            plot.Axes.SetLimits(0, 1, 0, 1.02);
        }, height: 230);
    }

    /// <summary>Mean predicted against observed rate per bin, with the line of perfect calibration.</summary>
    public static ReportChart Reliability(IReadOnlyList<ReliabilityRow> rows, string title)
    {
        var top = Math.Max(0.05, rows.Max(r => Math.Max(r.MeanPredicted, r.ObservedRate)));
        return Chart(title, "实际发生率", "平均预测概率", [], ["完全校准"], plot =>
        {
            var points = plot.Add.Scatter(rows.Select(r => r.MeanPredicted).ToArray(), rows.Select(r => r.ObservedRate).ToArray());
            points.MarkerSize = 6;
            var ideal = plot.Add.Line(0, 0, top, top);
            ideal.LinePattern = LinePattern.Dashed;
            ideal.LegendText = "完全校准";
            plot.ShowLegend(Alignment.UpperLeft);
        }, height: 230);
    }

    public static ReportChart Importance(IReadOnlyList<ImportanceRow> rows, string title)
    {
        var ordered = rows.OrderBy(r => r.Share).ThenBy(r => r.Feature, StringComparer.Ordinal).ToArray();
        var labels = ordered.Select(r => r.Label).ToArray();
        return Chart(title, null, "贡献占比", labels, [], plot =>
        {
            var bars = plot.Add.Bars(ordered.Select(r => r.Share).ToArray());
            bars.Horizontal = true;
            plot.Axes.Left.SetTicks(Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray(), labels);
        }, height: Math.Max(160, 40 + (18 * labels.Length)));
    }

    /// <summary>The shares of tiers A–D and no tier at each moment.</summary>
    public static ReportChart TierDrift(IReadOnlyList<TierDriftRow> rows, string title)
    {
        var labels = rows.Select(r => r.Label).ToArray();
        (string Name, Func<TierDriftRow, double> Value)[] tiers =
            [("A", r => r.A), ("B", r => r.B), ("C", r => r.C), ("D", r => r.D), ("未分级", r => r.None)];
        return Chart(title, "占比", null, labels, tiers.Select(t => t.Name), plot =>
        {
            foreach (var (name, value) in tiers)
            {
                var line = plot.Add.Scatter(rows.Select((_, i) => (double)i).ToArray(), rows.Select(value).ToArray());
                line.LegendText = name;
                line.MarkerSize = 5;
            }

            Ticks(plot, labels);
            plot.ShowLegend(Alignment.UpperRight);
        });
    }

    private static ReportChart Chart(string title, string? yLabel, string? xLabel, IEnumerable<string> ticks, IEnumerable<string> legend, Action<Plot> draw, int height = Tall)
    {
        string[] texts = [title, yLabel ?? string.Empty, xLabel ?? string.Empty, .. ticks, .. legend];
        return new ReportChart(title, Wide, height, texts, plot =>
        {
            draw(plot);
            plot.Title(title, 12);
            if (yLabel is not null)
            {
                plot.YLabel(yLabel, 10);
            }

            if (xLabel is not null)
            {
                plot.XLabel(xLabel, 10);
            }

            plot.Font.Set(ChartFont.Name);
            foreach (var axis in plot.Axes.GetAxes())
            {
                axis.TickLabelStyle.FontSize = 9;
            }

            plot.Legend.FontSize = 9;
            plot.Legend.FontName = ChartFont.Name;
        });
    }

    private static void Grouped(Plot plot, string[] labels, (string Name, double[] Values)[] series)
    {
        var width = 0.8 / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            var offset = (s - ((series.Length - 1) / 2.0)) * width;
            var bars = plot.Add.Bars(series[s].Values.Select((_, i) => i + offset).ToArray(), series[s].Values);
            foreach (var bar in bars.Bars)
            {
                bar.Size = width * 0.9;
            }

            if (series.Length > 1)
            {
                bars.LegendText = series[s].Name;
            }
        }

        Ticks(plot, labels);
        plot.Axes.Margins(bottom: 0);
        if (series.Length > 1)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }
    }

    private static void Ticks(Plot plot, string[] labels) =>
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Length).Select(i => (double)i).ToArray(), labels);
}
