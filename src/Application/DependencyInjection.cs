using DoubleRandom.Application.Common.Scoping;
using DoubleRandom.Application.Rosters.Recusals;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Application;

public static class DependencyInjection
{
    /// <summary>Registers validators and the clock. The mediator itself is generated in the host (Api).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Identity.CredentialVerifier>();
        services.AddScoped<Identity.Auth.TokenService>();
        services.AddMemoryCache();
        services.AddScoped<Identity.Auth.AccessTokenSessions>();
        services.AddScoped<Identity.Confirmations.ConfirmationGate>();
        services.AddScoped<UnitScope>();
        services.AddScoped<RecordScope>();
        services.AddScoped<IRecusalSource, RecusalSource>();
        services.AddScoped<Draws.Snapshots.DrawSnapshotBuilder>();
        services.AddScoped<TaskVisibility>();
        services.AddScoped<Risk.Scoring.IRiskRescorer, Risk.Scoring.RiskRescorer>();
        services.AddScoped<Risk.Scoring.IRiskModelFiles, Risk.Registry.RiskModelFiles>();
        services.AddScoped<Common.Persistence.ArchivedTaskGuard>();
        services.AddScoped<Inspections.Records.RecordAccess>();
        services.AddScoped<Inspections.Records.RecordReaders>();
        services.AddScoped<IRecordReaders>(sp => sp.GetRequiredService<Inspections.Records.RecordReaders>());
        services.AddScoped<Publication.TaskPublicationReader>();
        services.AddScoped<Risk.IRiskFeatureSource, Risk.Features.RiskFeatureSource>();
        services.AddScoped<Evaluation.IEvaluationFactSource, Evaluation.Facts.EvaluationFactSource>();
        services.AddScoped<Inspections.Corrections.CorrectionDeciders>();
        services.AddScoped<Inspections.SummaryAccess>();
        services.AddScoped<Inspections.FollowUps.FollowUpAccess>();
        services.AddScoped<Auditing.AuditReadScope>();
        services.AddScoped<Draws.DrawRevealer>();
        services.AddScoped<Draws.Commands.ExecuteDraw.DrawSealer>();
        services.AddScoped<Inspections.Evidence.EvidenceAccess>();
        services.AddScoped<Inspections.Evidence.EvidenceLookup>();
        services.AddScoped<Inspections.Uploads.UploadLookup>();
        services.AddScoped<Inspections.Uploads.UploadCompletion>();
        services.AddSingleton<Inspections.Uploads.UploadLocks>();

        // The electronic archive: the builder asks every registered section; a new part of the archive is one more line here.
        services.AddScoped<Archives.ArchiveBuilder>();
        services.AddSingleton<Risk.Jobs.RiskJobSignals>();
        services.AddScoped<Risk.Jobs.RiskJobLauncher>();
        services.AddScoped<Risk.Commands.RunRiskJob.RiskTrainingRun>();
        services.AddScoped<Risk.Commands.RunRiskJob.RiskScoringRun>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.DrawSection>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.SummarySection>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.RecordSection>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.EvidenceSection>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.FollowUpSection>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.CorrectionSection>();
        services.AddScoped<Archives.IArchiveSection, Archives.Sections.PublicationSection>();
        return services;
    }
}
