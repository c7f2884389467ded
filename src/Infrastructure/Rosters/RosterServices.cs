using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Rosters.Export;
using DoubleRandom.Infrastructure.Rosters.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure.Rosters;

/// <summary>The roster services: reference data, the import pipeline (file store, queue, worker, staging) and the exporter.</summary>
internal static class RosterServices
{
    public static void AddRosters(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton<IReferenceData>(ReferenceData.Shared);
        services.AddValidatedOptions<ImportStorageOptions>(ImportStorageOptions.SectionName);
        services.AddSingleton<IImportFileStore>(sp =>
            new ImportFileStore(sp.GetRequiredService<IOptions<ImportStorageOptions>>().Value.FolderUnder(contentRoot)));
        services.AddSingleton<ImportJobQueue>();
        services.AddSingleton<IImportJobQueue>(sp => sp.GetRequiredService<ImportJobQueue>());
        services.AddSingleton<IImportProgress, ImportProgress>();
        services.AddValidatedOptions<ImportLimits>(ImportLimits.SectionName);
        services.AddValidatedValue<ImportLimits>();
        services.AddSingleton<ImportJobView>();
        services.AddSingleton<IRosterFileProbe, RosterFileProbe>();
        services.AddSingleton<IRosterRowReader, RosterRowReader>();
        // One per import: the staging holds the import's own connection and transaction.
        services.AddTransient<ITargetStaging>(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var connectionString = db.Database.GetConnectionString()!;
            return sp.GetRequiredService<DatabaseOptions>().IsPostgres
                ? new PostgresTargetStaging(connectionString, sp.GetRequiredService<IOptions<ImportStorageOptions>>().Value.BulkLoadMinimumRows,
                    db.Model, sp.GetRequiredService<ICurrentActor>())
                : new SqliteTargetStaging(connectionString);
        });
        services.AddScoped<TargetImport>();
        services.AddScoped<OfficerImport>();
        services.AddScoped<RecusalImport>();
        services.AddScoped<InspectionHistoryImport>();
        services.AddHostedService<ImportJobWorker>();
        services.AddSingleton<IRosterExporter, RosterExporter>();
    }
}
