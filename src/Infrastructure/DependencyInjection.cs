using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Application.Rosters.Imports;
using DoubleRandom.Application.Rosters.Imports.RunImport;
using DoubleRandom.Application.Rosters.Imports.StartImport;
using DoubleRandom.Application.Rosters.Reference;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Persistence.Auditing;
using DoubleRandom.Infrastructure.Rosters;
using DoubleRandom.Infrastructure.Rosters.Export;
using DoubleRandom.Infrastructure.Rosters.Import;
using DoubleRandom.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = DatabaseOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.AddValidatedOptions<PasswordHashingOptions>(PasswordHashingOptions.SectionName);
        services.AddValidatedOptions<AuditLinkOptions>(AuditLinkOptions.SectionName);
        services.AddValidatedOptions<BootstrapAdminOptions>(BootstrapAdminOptions.SectionName);
        services.AddValidatedOptions<RecordOptions>(RecordOptions.SectionName);
        services.AddValidatedOptions<AttachmentStorageOptions>(AttachmentStorageOptions.SectionName);
        // The interceptors are singletons, so each provider's context options are built once, not per request.
        services.AddSingleton<StampingInterceptor>();
        services.AddScoped<AuditChainWriter>();
        services.AddScoped<BackgroundActing>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IAuditRedactor, AuditRedactor>();

        if (options.IsPostgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, b) => b
                .UseNpgsql(options.PostgresConnectionString(), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
                .AddInterceptors(sp.GetRequiredService<StampingInterceptor>(), sp.GetRequiredService<AuditLinkAfterCommitInterceptor>()),
                ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.AddSingleton<AuditLinkAfterCommitInterceptor>();
            services.AddSingleton<PostgresAuditLinkConnections>();
            services.AddSingleton<AuditLinkPump>();
            services.AddSingleton<IAuditChainLinker, PostgresAuditChainLinker>();
            services.AddHostedService(sp => sp.GetRequiredService<AuditLinkPump>());
        }
        else
        {
            var connectionString = SqlitePaths.Resolve(options.ConnectionString, contentRoot);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, b) => b
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<StampingInterceptor>()),
                ServiceLifetime.Scoped, ServiceLifetime.Singleton);
            services.AddSingleton<IAuditChainLinker, InTransactionAuditChainLinker>();
        }

        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<FirstAdministrator>();
        services.AddSingleton<Application.Identity.IPasswordHasher>(sp =>
            new Identity.IdentityPasswordHasher(sp.GetRequiredService<IOptions<PasswordHashingOptions>>().Value.PasswordHashIterations));
        services.AddRosters(configuration, contentRoot);
        services.AddSingleton<Application.Draws.Snapshots.IDrawSecretProtector>(Draws.DrawSecretProtector.FromConfiguration(configuration, contentRoot));
        services.AddScoped<Application.Draws.Snapshots.IDrawStore, Draws.DrawStore>();
        services.AddSingleton<Application.Draws.IDrawRecordRenderer>(sp =>
            new Draws.DrawRecordPdf(sp.GetRequiredService<IOptions<RecordOptions>>().Value.FontPath));
        services.AddSingleton<Application.Draws.IAttachmentStore>(sp =>
            new Draws.AttachmentStore(sp.GetRequiredService<IOptions<AttachmentStorageOptions>>().Value.FolderUnder(contentRoot)));
        return services;
    }
}

internal static class RosterServices
{
    public static void AddRosters(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton<IReferenceData>(ReferenceData.Shared);
        var folder = configuration["Imports:Folder"] ?? "data/imports";
        services.AddSingleton<IImportFileStore>(new ImportFileStore(Path.IsPathRooted(folder) ? folder : Path.Combine(contentRoot, folder)));
        services.AddSingleton<ImportJobQueue>();
        services.AddSingleton<IImportJobQueue>(sp => sp.GetRequiredService<ImportJobQueue>());
        services.AddSingleton<IImportProgress, ImportProgress>();
        services.AddSingleton(configuration.GetSection(ImportLimits.SectionName).Get<ImportLimits>() ?? new ImportLimits());
        services.AddSingleton<ImportJobView>();
        services.AddSingleton<IRosterFileProbe, RosterFileProbe>();
        services.AddSingleton<IRosterRowReader, RosterRowReader>();
        // One per import: the staging holds the import's own connection and transaction.
        services.AddTransient<ITargetStaging>(sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var connectionString = db.Database.GetConnectionString()!;
            return sp.GetRequiredService<DatabaseOptions>().IsPostgres
                ? new PostgresTargetStaging(connectionString, configuration.GetValue("Imports:BulkLoadMinimumRows", BulkLoadIndexes.DefaultMinimumRows),
                    db.Model, sp.GetRequiredService<ICurrentActor>())
                : new SqliteTargetStaging(connectionString);
        });
        services.AddScoped<TargetImport>();
        services.AddScoped<OfficerImport>();
        services.AddScoped<RecusalImport>();
        services.AddHostedService<ImportJobWorker>();
        services.AddSingleton<IRosterExporter, RosterExporter>();
    }
}
