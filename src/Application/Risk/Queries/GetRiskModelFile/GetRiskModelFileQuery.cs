using Mediator;

namespace DoubleRandom.Application.Risk.Queries.GetRiskModelFile;

/// <summary>The model file of one registry version (ML.NET's ZIP).</summary>
public sealed record GetRiskModelFileQuery(Guid Id) : IQuery<RiskModelDownload>;
