using DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;
using DoubleRandom.Domain.Inspections;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Infrastructure.Seeding;

/// <summary>
/// Several years of past inspections of the demo roster, simulated with a known truth (docs/demo-data.md):
/// <list type="number">
/// <item>every year two draws (spring, autumn batch) choose targets by Poisson sampling with
/// <c>λ_i = min(1, n·w_i / Σw)</c>, <c>n = 3 %</c> of the draw's frame (the targets registered before it opens) and
/// <c>w_i</c> the risk tier's weight (A 1, B 2, C 10, D 30), so the inspected sample leans to the high tiers as real
/// history does; λ_i is written with every row;</item>
/// <item>a chosen target is visited once, within 60 days of the draw, for every item of the task (plus one item of its
/// other department, if any);</item>
/// <item>each item independently finds a problem with the target's true probability <c>p_i</c>
/// (<see cref="DemoRiskModel"/>); a problem is one of the six problem categories, no problem one of the three others,
/// with fixed shares.</item>
/// </list>
/// Each target draws from its own generator, seeded by the seed and its place in the roster, so the history streams
/// target by target (nothing of it is held in memory) and the same seed gives the same rows at any size.
/// Two passes over the roster: <see cref="Count"/> every target first (the draws' Σw), then <see cref="Outcomes"/>.
/// </summary>
public sealed class DemoHistoryGenerator(ulong seed)
{
    public const int FirstYear = 2021;
    public const int LastYear = 2025;

    /// <summary>The expected sample of one draw as a share of its frame, before λ is capped at 1.</summary>
    public const double SampleRate = 0.03;

    /// <summary>Days after a draw opens within which its visits take place.</summary>
    public const int VisitDays = 60;

    /// <summary>Draw weight by risk tier (Henan's published ratios 1 %, 2 %, 10 %, 30 %); an unrated target weighs 1.</summary>
    public static readonly IReadOnlyDictionary<RiskTier, int> TierWeight = new Dictionary<RiskTier, int>
    {
        [RiskTier.A] = 1, [RiskTier.B] = 2, [RiskTier.C] = 10, [RiskTier.D] = 30,
    };

    /// <summary>Shares of the problem categories when an item finds a problem.</summary>
    public static readonly IReadOnlyList<(string Category, double Share)> ProblemShares =
    [
        (OutcomeCategories.OrderedToRectify, 0.50), (OutcomeCategories.PendingFollowUp, 0.20), (OutcomeCategories.NotDisclosed, 0.15),
        (OutcomeCategories.Unreachable, 0.07), (OutcomeCategories.FalseDisclosure, 0.05), (OutcomeCategories.NonCooperation, 0.03),
    ];

    /// <summary>Shares of the other categories when an item finds none (a target still active, or in the abnormal list).</summary>
    public static readonly IReadOnlyList<(string Category, double Share)> CleanShares =
    [
        (OutcomeCategories.NoProblem, 0.92), (OutcomeCategories.NoActivity, 0.06), (OutcomeCategories.Deregistered, 0.02),
    ];

    /// <summary>The same for a target the roster shows as deregistered, revoked or moved out.</summary>
    public static readonly IReadOnlyList<(string Category, double Share)> GoneShares =
    [
        (OutcomeCategories.NoProblem, 0.45), (OutcomeCategories.NoActivity, 0.05), (OutcomeCategories.Deregistered, 0.50),
    ];

    /// <summary>The item a joint task adds for the target's other department.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Name)> DepartmentItems =
        new Dictionary<string, (string Code, string Name)>(StringComparer.Ordinal)
        {
            ["fire"] = ("FIRE-01", "消防安全管理情况"), ["health"] = ("HEALTH-01", "医疗机构依法执业情况"),
            ["ecology"] = ("ECO-01", "排污许可执行情况"), ["agri"] = ("AGRI-01", "农资经营情况"),
        };

    public static IReadOnlyList<DemoDraw> Draws { get; } = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(year => new[]
    {
        new DemoDraw(year, 1, $"{year}年度部门联合双随机抽查（第一批）", new DateOnly(year, 4, 1),
            [("AMR-01", "营业执照（登记事项）情况"), ("AMR-02", "年度报告公示情况"), ("AMR-03", "即时信息公示情况")]),
        new DemoDraw(year, 2, $"{year}年度部门联合双随机抽查（第二批）", new DateOnly(year, 9, 1),
            [("AMR-04", "产品质量情况"), ("AMR-05", "价格行为情况"), ("AMR-06", "广告发布情况")]),
    }).ToList();

    private readonly long[] _population = new long[Draws.Count];
    private readonly double[] _weight = new double[Draws.Count];

    /// <summary>The batch id of the rows of this seed's history.</summary>
    public Guid BatchId { get; } = new(0x0D0D_0000 ^ (int)(seed & 0xFFFF), 0x2021, 0x7000, [0x80, 0, 0, 0, 0, 0, 0, 1]);

    public static int Weight(TargetRow t) => t.RiskTier is { } tier ? TierWeight[tier] : 1;

    public static string Stratum(TargetRow t) => t.RiskTier?.ToString() ?? "-";

    /// <summary>A draw's frame: the targets registered before it opens.</summary>
    public static bool InFrame(DemoDraw draw, TargetRow t) => t.RegistrationDate is not { } registered || registered < draw.OpensOn;

    /// <summary>First pass: adds the target to the frames (N, Σw) of the draws it was there for.</summary>
    public void Count(TargetRow t)
    {
        for (var d = 0; d < Draws.Count; d++)
        {
            if (InFrame(Draws[d], t))
            {
                _population[d]++;
                _weight[d] += Weight(t);
            }
        }
    }

    public long Population(int draw) => _population[draw];

    /// <summary>λ_i = min(1, n·w_i/Σw) with n = <see cref="SampleRate"/>·N of the draw's frame.</summary>
    public double Lambda(int draw, TargetRow t) =>
        _weight[draw] == 0 ? 0 : Math.Min(1, SampleRate * _population[draw] * Weight(t) / _weight[draw]);

    /// <summary>The target's true p_i (η_i from the features, u_i from its own generator).</summary>
    public DemoTargetTruth Truth(TargetRow t, long index) => Truth(t, new SeededRandom(TargetSeed(index)));

    /// <summary>Second pass: the target's past results, draw by draw.</summary>
    public IEnumerable<DemoOutcome> Outcomes(TargetRow t, long index)
    {
        var random = new SeededRandom(TargetSeed(index));
        var truth = Truth(t, random);
        var stratum = Stratum(t);
        var extra = TagList.Split(t.DepartmentCodes).Where(DepartmentItems.ContainsKey).Select(d => DepartmentItems[d]).Take(1).ToList();
        var clean = t.Status is TargetStatus.Deregistered or TargetStatus.Revoked or TargetStatus.MovedOut ? GoneShares : CleanShares;
        for (var d = 0; d < Draws.Count; d++)
        {
            var draw = Draws[d];
            // Drawn whether or not it counts, so one target's stream never depends on another's frames.
            var u = random.NextDouble();
            var day = random.Next(VisitDays + 1);
            if (!InFrame(draw, t) || u >= Lambda(d, t))
            {
                continue;
            }

            var lambda = Lambda(d, t);
            foreach (var (code, name) in draw.Items.Concat(extra))
            {
                var category = random.NextDouble() < truth.Probability ? Pick(random, ProblemShares) : Pick(random, clean);
                yield return new DemoOutcome(t.Code, draw.OpensOn.AddDays(day), draw.Year, draw.TaskName, code, name, category, lambda, stratum);
            }
        }
    }

    private static DemoTargetTruth Truth(TargetRow t, SeededRandom random)
    {
        // Box–Muller: the first two numbers of the target's stream give u_i.
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        var effect = DemoRiskModel.RandomEffectSd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        var eta = DemoRiskModel.LinearPredictor(t);
        return new DemoTargetTruth(eta, effect, DemoRiskModel.Logistic(eta + effect));
    }

    private ulong TargetSeed(long index) => (seed * 0x9E3779B97F4A7C15UL) ^ (0xD1B54A32D192ED03UL * (ulong)(index + 1)) ^ 0x4849_5354UL;

    private static string Pick(SeededRandom random, IReadOnlyList<(string Category, double Share)> shares)
    {
        var x = random.NextDouble();
        foreach (var (category, share) in shares)
        {
            x -= share;
            if (x < 0)
            {
                return category;
            }
        }

        return shares[^1].Category;
    }
}
