namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// A problem with draw parameters or snapshots, tied to the request field a user can fix.
/// Both languages travel together because the Chinese text is what a supervision bureau reads.
/// </summary>
public sealed record DrawFieldError(string Field, string Message, string MessageZh);
