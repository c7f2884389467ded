namespace DoubleRandom.Application.Risk.Features;

/// <summary>An approved correction of a record (§7.2): the Asia/Shanghai day it was approved and the record's problem count from then on.</summary>
public readonly record struct ResultRevision(DateOnly Day, int Problems);
