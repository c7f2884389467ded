using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Application.Common.Interfaces;
using DoubleRandom.Infrastructure.Persistence;
using DoubleRandom.Infrastructure.Persistence.Auditing;
using DoubleRandom.Infrastructure.Rosters;
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
        services.AddValidatedOptions<Draws.DrawSecretKeyOptions>(Draws.DrawSecretKeyOptions.SectionName)
            .Validate(o => o.IsValid(), Draws.DrawSecretKeyOptions.Invalid);
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
            // The scoring read as one streamed query (the EF source stays for training, one target and SQLite).
            services.AddScoped<Application.Risk.Features.RiskFeatureSource>();
            services.AddScoped<Application.Risk.IRiskFeatureSource, Risk.Features.PostgresRiskFeatureSource>();
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
        services.AddRosters(contentRoot);
        Risk.RiskServices.AddRiskJobs(services);
        Evaluation.EvaluationReportServices.AddEvaluationReportJobs(services);
        services.AddSingleton<Application.Draws.IDrawSecretProtector>(sp =>
            new Draws.DrawSecretProtector(sp.GetRequiredService<IOptions<Draws.DrawSecretKeyOptions>>().Value.KeyUnder(contentRoot)));
        services.AddScoped<Application.Draws.IDrawStore, Draws.DrawStore>();
        services.AddScoped<Application.Risk.Scoring.IRiskScoreStore, Risk.Scoring.RiskScoreStore>();
        services.AddSingleton<Application.Common.Interfaces.IWorkbookWriter, Spreadsheets.WorkbookWriter>();
        services.AddValidatedOptions<Application.Draws.DrawExportLimits>(Application.Draws.DrawExportLimits.SectionName);
        services.AddValidatedValue<Application.Draws.DrawExportLimits>();
        services.AddValidatedOptions<Application.Tasks.TaskRiskOptions>(Application.Tasks.TaskRiskOptions.SectionName);
        services.AddValidatedValue<Application.Tasks.TaskRiskOptions>();
        services.AddSingleton<Pdf.IPdfSigner>(sp =>
            sp.GetRequiredService<IOptions<RecordOptions>>().Value.LoadCertificate(DateTimeOffset.UtcNow) is { } certificate
                ? new Pdf.CertificatePdfSigner(certificate, sp.GetRequiredService<TimeProvider>())
                : new Pdf.UnsignedPdf());
        services.AddSingleton(sp => new Pdf.CjkPdfWriter(sp.GetRequiredService<IOptions<RecordOptions>>().Value.FontPath,
            sp.GetRequiredService<Pdf.IPdfSigner>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Pdf.CjkPdfWriter>>()));
        services.AddSingleton<Application.Draws.IDrawRecordRenderer, Draws.DrawRecordPdf>();
        services.AddSingleton<Application.Inspections.IGroupSummaryRenderer, Inspections.GroupSummaryPdf>();
        services.AddSingleton<Application.Draws.IAttachmentStore>(sp =>
            new Draws.AttachmentStore(sp.GetRequiredService<IOptions<AttachmentStorageOptions>>().Value.FolderUnder(contentRoot)));
        services.AddValidatedOptions<Inspections.TextRecognitionOptions>(Inspections.TextRecognitionOptions.SectionName);
        services.AddValidatedOptions<Application.Inspections.Scanning.LicenceScanLimits>(Application.Inspections.Scanning.LicenceScanLimits.SectionName);
        services.AddValidatedValue<Application.Inspections.Scanning.LicenceScanLimits>();
        services.AddSingleton<Application.Common.Interfaces.IIdempotencyStore, Persistence.Idempotency.IdempotencyStore>();
        services.AddSingleton<Application.Inspections.ILicenceImageReader, Inspections.SkiaLicenceImageReader>();
        services.AddSingleton<Application.Inspections.ITextRecognizer, Inspections.TesseractTextRecognizer>();
        services.AddValidatedOptions<Inspections.EvidenceStorageOptions>(Inspections.EvidenceStorageOptions.SectionName);
        services.AddValidatedOptions<Application.Inspections.Evidence.EvidenceLimits>(Application.Inspections.Evidence.EvidenceLimits.SectionName);
        services.AddValidatedValue<Application.Inspections.Evidence.EvidenceLimits>();
        services.AddValidatedOptions<Application.Archives.ArchiveLimits>(Application.Archives.ArchiveLimits.SectionName);
        services.AddValidatedValue<Application.Archives.ArchiveLimits>();
        services.AddSingleton<Application.Inspections.Uploads.IUploadPartStore>(sp => new Inspections.UploadPartStore(
            sp.GetRequiredService<IOptions<Inspections.EvidenceStorageOptions>>().Value.FolderUnder(contentRoot),
            sp.GetRequiredService<Application.Draws.IAttachmentStore>()));
        return services;
    }
}
