using DoubleRandom.Domain.Drawing;
using Mediator;

namespace DoubleRandom.Application.Draws.Queries.VerifyBundle;

/// <summary>
/// Recomputes a posted bundle (parsed off the request stream by the endpoint) with the same code as the <c>verify</c> command, and
/// compares it with what this service published for the bundle's drawId: a self-consistent bundle that is not the
/// published one (other entropy, another secret) is <see cref="BundleVerificationStatus.DiffersFromPublished"/>.
/// </summary>
public sealed record VerifyBundleQuery(Dr1Bundle Bundle) : IQuery<BundleVerificationDto>;
