namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>A demo record: who wrote it (the group's member), its supervising unit (the leading officer's) and whether it found a problem.</summary>
public sealed record DemoRecord(Guid Id, DemoActor Member, Guid SupervisingUnitId, bool Problem);
