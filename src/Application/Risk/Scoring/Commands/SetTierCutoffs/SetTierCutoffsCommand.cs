using DoubleRandom.Domain.Risk;
using Mediator;

namespace DoubleRandom.Application.Risk.Scoring.Commands.SetTierCutoffs;

/// <summary>Sets how the next re-score turns scores into tiers (tiers already written stay until then).</summary>
/// <param name="ExpectedVersion">From If-Match: the version read (0 for the default); null checks nothing.</param>
public sealed record SetTierCutoffsCommand(RiskTierCutoffMode? Mode, double? First, double? Second, double? Third, int? ExpectedVersion)
    : ICommand<RiskTierCutoffsDto>;
