using DoubleRandom.Domain.Inspections.FollowUps;
using DoubleRandom.Domain.Publication;
using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Risk.Features;

/// <summary>
/// The leakage guard: what is known of one target before the day <see cref="AsOf"/>, and the one place every dated fact
/// of the features passes. A visit or a follow-up step dated on or after <see cref="AsOf"/> is refused with
/// <see cref="FeatureLeakException"/> — the readers filter such facts out in their queries already; the guard makes a
/// reader's mistake fail loudly instead of teaching the model with the answer. Past inspections count and decay here:
/// a visit <c>d</c> days before <see cref="AsOf"/> weighs <c>2^(−d/<see cref="HalfLifeDays"/>)</c>.
/// </summary>
public sealed class PreVisitFacts(DateOnly asOf)
{
    /// <summary>Half-life of the decayed counts: a visit a year before counts one half, two years before one quarter.</summary>
    public const double HalfLifeDays = 365;

    private readonly Dictionary<Guid, (FollowUpStatus Status, bool CaseFiled, bool Rectified)> _followUps = [];
    private int _inspections;
    private int _problems;
    private double _decayedInspections;
    private double _decayedProblems;
    private DateOnly? _lastVisit;

    public DateOnly AsOf { get; } = asOf;

    /// <summary>Whether a fact dated <paramref name="day"/> is known before <see cref="AsOf"/> (strictly earlier).</summary>
    public bool Admits(DateOnly day) => day < AsOf;

    /// <summary>Refuses a fact dated on or after <see cref="AsOf"/>.</summary>
    public void Guard(string fact, DateOnly day)
    {
        if (!Admits(day))
        {
            throw new FeatureLeakException(fact, day, AsOf);
        }
    }

    /// <summary>An earlier visit: counted, decayed, and the last one remembered; its problems as corrected before <see cref="AsOf"/>.</summary>
    public void Visit(PastVisit visit)
    {
        Guard("visit", visit.Day);
        var problems = visit.Problems;
        foreach (var correction in visit.Corrections ?? [])
        {
            // A correction approved on or after AsOf was not known then: the day sees the results as they stood.
            if (Admits(correction.Day))
            {
                problems = correction.Problems;
            }
        }

        var weight = Math.Pow(2, -(AsOf.DayNumber - visit.Day.DayNumber) / HalfLifeDays);
        _inspections++;
        _problems += problems;
        _decayedInspections += weight;
        _decayedProblems += weight * problems;
        _lastVisit = _lastVisit is { } last && last > visit.Day ? last : visit.Day;
    }

    /// <summary>One step of a follow-up, in the order they happened: the follow-up's status as of <see cref="AsOf"/> is its last step.</summary>
    public void FollowUp(FollowUpStep step)
    {
        Guard("follow-up step", step.Day);
        var known = _followUps.GetValueOrDefault(step.FollowUpId);
        _followUps[step.FollowUpId] = (step.Reached, known.CaseFiled || step.Reached == FollowUpStatus.CaseFiled,
            known.Rectified || step.Reached == FollowUpStatus.Rectified);
    }

    /// <summary>
    /// The registration status a training row may read. The roster keeps today's status only: it was already the status
    /// before <see cref="AsOf"/> when it has not changed since (its change date is before <see cref="AsOf"/>); otherwise it
    /// is unknown then and reads as <see cref="TargetStatus.Active"/> (a target inspected was operating) — a status that
    /// changed after the visit (deregistered because of it, say) never describes the visit.
    /// </summary>
    public TargetStatus StatusAsOf(RosterFacts roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return Before(roster.StatusChangedAtUtc, roster) ? roster.Status : TargetStatus.Active;
    }

    /// <summary>
    /// The roster facts a training row may read (docs/risk-model.md §2): one rule for every fact the roster keeps today's
    /// value of — a fact whose last change is on or after <see cref="AsOf"/> is unknown then. Status reads
    /// <see cref="StatusAsOf"/>; credit class reads unknown (<c>U</c>), tags none (0); industry, region and registered
    /// capital (one change date) read none, an empty region and an unknown capital band. Each fact has its own change date
    /// (set only when that fact changes); one never changed reads the row's creation.
    /// </summary>
    public RosterFacts Known(RosterFacts roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var profile = Before(roster.ProfileChangedAtUtc, roster);
        return roster with
        {
            Status = StatusAsOf(roster),
            CreditClass = Before(roster.CreditClassChangedAtUtc, roster) ? roster.CreditClass : null,
            Tags = Before(roster.TagsChangedAtUtc, roster) ? roster.Tags : string.Empty,
            IndustrySection = profile ? roster.IndustrySection : null,
            IndustryDivision = profile ? roster.IndustryDivision : null,
            RegionCode = profile ? roster.RegionCode : string.Empty,
            RegisteredCapital = profile ? roster.RegisteredCapital : null,
        };
    }

    private bool Before(DateTime? changedAtUtc, RosterFacts roster) => Admits(PublicationDates.ShanghaiDate(changedAtUtc ?? roster.ChangedAtUtc));

    /// <summary>The features: the roster's facts with the given status and tier, and the past offered so far.</summary>
    public RiskFeatures Build(RosterFacts roster, TargetStatus status, RiskTier? tier)
    {
        ArgumentNullException.ThrowIfNull(roster);
        double? age = roster.RegistrationDate is { } registered ? Math.Max(0, (AsOf.DayNumber - registered.DayNumber) / 365.25) : null;
        var followUps = _followUps.Values;
        return new RiskFeatures(
            roster.Code, AsOf, roster.Kind, roster.IndustrySection, roster.IndustryDivision, roster.RegionCode, status, tier,
            roster.CreditClass, age, roster.RegisteredCapital, TagList.Split(roster.Tags).Count,
            _inspections, _problems, _decayedInspections, _decayedProblems,
            _lastVisit is { } last ? AsOf.DayNumber - last.DayNumber : null,
            followUps.Count(f => f.CaseFiled), followUps.Count(f => f.Rectified),
            followUps.Count(f => f.Status is FollowUpStatus.HandedOver or FollowUpStatus.InProgress));
    }
}
