using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Domain.Drawing;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.GetBundle;

/// <summary>The DR1 §10 bundle of a revealed draw, rebuilt from the frozen snapshots and the sealed lines.</summary>
[Unscoped("the public disclosure (一公开): every draw, after reveal")]
public sealed record GetBundleQuery(Guid DrawId) : IQuery<Dr1Bundle>;
