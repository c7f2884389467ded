namespace DoubleRandom.Domain.Auditing;

/// <summary>
/// An entity whose rows are not audited one by one: they are written in bulk by one action (tens of thousands of rows
/// at once), and that action is audited on its owner instead, with how many rows and a digest of them — e.g. the
/// published results of 一公开, audited through their <c>TaskPublication</c> (ADR 0024). The save's automatic audit
/// skips such entities; nothing else about them changes (their table, grants and the archived-task guard are as usual).
/// </summary>
public interface IAuditedThroughOwner;
