namespace DoubleRandom.Application.Common.Scoping;

/// <summary>
/// A message that carries an id but is not scoped by it, with the reason (a list already filtered by the scope, the
/// public disclosure, a bureau-wide catalogue, an administrator-only record).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UnscopedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
