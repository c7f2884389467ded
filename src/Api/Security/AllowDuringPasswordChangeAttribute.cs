namespace DoubleRandom.Api.Security;

/// <summary>Marks the endpoints open to a user who must change their password first.</summary>
public sealed class AllowDuringPasswordChangeAttribute : Attribute;
