namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>The bureau-level demo users (operator, supervisor, leader) and the officers' users, made as the seeder goes.</summary>
public sealed record DemoCrew(DemoActor Operator, DemoActor Supervisor, DemoActor Leader, DemoUsers Users);
