namespace DoubleRandom.Application.Evaluation.Facts;

/// <summary>One follow-up handed over in the period: its Asia/Shanghai hand-over day, deadline, status (FollowUpStatus name) and the day it closed.</summary>
public sealed record FollowUpFact(DateOnly HandedOver, DateOnly Deadline, string Status, DateOnly? Closed);
