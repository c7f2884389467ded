namespace DoubleRandom.Domain.Rosters;

public enum ImportRoster
{
    Targets,
    Officers,
    Recusals,
}
