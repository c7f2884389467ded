namespace DoubleRandom.Application.Common.Scoping;

/// <summary>Touches one import job: scoped by the unit of the user who uploaded it (or the uploader themself).</summary>
public interface IScopedToImportJob
{
    Guid? ScopedImportJobId { get; }
}
