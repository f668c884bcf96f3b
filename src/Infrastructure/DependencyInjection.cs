using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using PartyCommittee.Infrastructure.Persistence.Seeding;

#pragma warning disable EF9100 // ILiftableConstantProcessor is experimental in EF Core 10: see ClosedLambdaConstantProcessor.

namespace PartyCommittee.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database (engine chosen by <c>Database:Provider</c>, connection <c>ConnectionStrings:Default</c>), audit
    /// interceptor, clock, start-up initialiser and the readiness check.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        // The interceptors are singletons fixed in the pooled contexts' options; what is per scope (the caller, the
        // dispatcher, the connection state) they read from the context's rental (ADR 0047).
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<DomainEventInterceptor>();
        services.AddSingleton<RequestConnectionInterceptor>();
        services.AddSingleton<SearchIndexInterceptor>();
        services.AddSingleton<MembershipCountsInterceptor>();
        services.AddSingleton<DeferredIndexesInterceptor>();
        services.AddSingleton<SqliteTransactionCacheInterceptor>();
        services.AddSingleton<SqlitePreparedStatementsInterceptor>();
        services.AddScoped<RequestConnection>();

        var connectionString = configuration.GetConnectionString("Default");
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString ??= DatabaseOptions.DefaultSqliteConnectionString;
                var jobs = configuration.GetSection(Jobs.JobsOptions.SectionName).Get<Jobs.JobsOptions>() ?? new Jobs.JobsOptions();
                services.AddSingleton(sp => new OpenSqliteConnections(connectionString, options, EfSqliteFunctions.Register, checkpointAtCommit: !jobs.ChecksSqliteWal));
                services.AddScoped<SqliteConnectionLease>();
                // Contexts pooled (ADR 0047, superseding 0045): options built once, context instances (with EF Core's
                // internal scope) reused. The scope rents one and binds it to itself; a request scope that holds its
                // connection hands it the open connection it borrowed (kept open between requests). Registered before
                // the pool, whose TryAdd then keeps this registration.
                services.AddScoped(sp => new ContextLease<SqliteAppDbContext>(sp,
                    options.KeepConnectionsOpen && sp.GetRequiredService<RequestConnection>().Holds ? sp.GetRequiredService<SqliteConnectionLease>().Connection : null));
                services.AddScoped(sp => sp.GetRequiredService<ContextLease<SqliteAppDbContext>>().Context);
                // A member's collections are read in one statement (EF Core's default, stated so that it does not warn at
                // each such query): the conditions and seniority gaps loaded with every member are a few rows each.
                services.AddPooledDbContextFactory<SqliteAppDbContext>(
                    (sp, db) => db.UseSqlite(connectionString, sqlite => sqlite
                            .MigrationsHistoryTable("__EFMigrationsHistory").UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                        .AddInterceptors(Interceptors(sp))
                        .AddInterceptors(sp.GetRequiredService<SqlitePreparedStatementsInterceptor>(), new SqliteBusyTimeoutInterceptor())
                        .ReplaceService<ILiftableConstantProcessor, ClosedLambdaConstantProcessor>(),
                    options.ContextPoolSize);
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
                }

                services.AddScoped(sp => new ContextLease<SqlServerAppDbContext>(sp, borrowed: null));
                services.AddScoped(sp => sp.GetRequiredService<ContextLease<SqlServerAppDbContext>>().Context);
                services.AddPooledDbContextFactory<SqlServerAppDbContext>(
                    (sp, db) => db.UseSqlServer(connectionString, sql => sql
                            .EnableRetryOnFailure().UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                        .AddInterceptors(Interceptors(sp))
                        .ReplaceService<ILiftableConstantProcessor, ClosedLambdaConstantProcessor>(),
                    options.ContextPoolSize);
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqlServerAppDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<ISpreadsheets, Files.Spreadsheets>();
        services.AddSingleton<Application.Indicators.DataValues.IDataValueParser, Files.DataValueParser>();
        services.AddScoped<Application.Indicators.DataValues.DataValueImporter>();
        services.AddScoped<Application.Indicators.DataValues.IDataValueWriter, Indicators.DataValueBulkWriter>();
        services.AddScoped<Application.Membership.Members.ImportMembers.INewMembersWriter, NewMembersBulkWriter>();
        services.AddScoped<IAddedAggregatesWriter, AddedAggregatesWriter>();
        services.AddScoped<IModifiedAggregatesWriter, ModifiedAggregatesWriter>();
        services.AddScoped<Application.Indicators.ImportJobs.ImportJobRunner>();
        services.AddSingleton<Application.Indicators.ImportJobs.IImportJobBatchGate, Application.Indicators.ImportJobs.OpenImportJobBatchGate>();
        services.AddScoped<Application.Common.Abstractions.BackgroundCaller>();
        services.AddSingleton(configuration.GetSection(Application.Indicators.ImportJobs.ImportJobOptions.SectionName).Get<Application.Indicators.ImportJobs.ImportJobOptions>() ?? new Application.Indicators.ImportJobs.ImportJobOptions());
        // Keys in the database, so that every instance behind the load balancer protects and unprotects alike.
        // Encrypted at rest with a certificate when DataProtection:CertificatePath is set (KeyRingProtection).
        services.AddDataProtection().SetApplicationName("party-committee-api").PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysAsConfigured(configuration.GetSection(KeyRingProtectionOptions.SectionName).Get<KeyRingProtectionOptions>() ?? new KeyRingProtectionOptions());
        services.AddSingleton(configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>() ?? new ImportOptions());
        services.AddSingleton(configuration.GetSection(Application.Indicators.IndicatorOptions.SectionName).Get<Application.Indicators.IndicatorOptions>() ?? new Application.Indicators.IndicatorOptions());
        services.AddSingleton(configuration.GetSection(Application.Inspection.Dues.DuesOptions.SectionName).Get<Application.Inspection.Dues.DuesOptions>() ?? new Application.Inspection.Dues.DuesOptions());
        services.AddSingleton(configuration.GetSection(Application.Inspection.InspectionDeadlineOptions.SectionName).Get<Application.Inspection.InspectionDeadlineOptions>() ?? new Application.Inspection.InspectionDeadlineOptions());
        services.AddSingleton(configuration.GetSection(Application.Inspection.Complaints.ComplaintOptions.SectionName).Get<Application.Inspection.Complaints.ComplaintOptions>() ?? new Application.Inspection.Complaints.ComplaintOptions());
        services.AddSingleton(configuration.GetSection(Application.Evaluation.MassOrganizations.MassOrganizationRatingOptions.SectionName).Get<Application.Evaluation.MassOrganizations.MassOrganizationRatingOptions>() ?? new Application.Evaluation.MassOrganizations.MassOrganizationRatingOptions());
        services.AddSingleton(configuration.GetSection(Application.Evaluation.Ratings.RatingOptions.SectionName).Get<Application.Evaluation.Ratings.RatingOptions>() ?? new Application.Evaluation.Ratings.RatingOptions());
        services.AddSingleton(configuration.GetSection(Application.Membership.Statistics.MembershipStatisticsOptions.SectionName).Get<Application.Membership.Statistics.MembershipStatisticsOptions>() ?? new Application.Membership.Statistics.MembershipStatisticsOptions());
        services.AddSingleton(configuration.GetSection(ElectedBodyOptions.SectionName).Get<ElectedBodyOptions>() ?? new ElectedBodyOptions());
        services.AddSingleton(configuration.GetSection(Application.Organization.Elections.ElectionOptions.SectionName).Get<Application.Organization.Elections.ElectionOptions>() ?? new Application.Organization.Elections.ElectionOptions());
        RuleSets.RuleSetSettings.AddRuleSetSettings(services, configuration);
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton(configuration.GetSection(Persistence.Auditing.ReadAuditOptions.SectionName).Get<Persistence.Auditing.ReadAuditOptions>() ?? new Persistence.Auditing.ReadAuditOptions());
        services.AddSingleton<Persistence.Auditing.BatchedReadAuditLog>();
        services.AddSingleton<Application.Common.Auditing.IReadAuditLog>(sp => sp.GetRequiredService<Persistence.Auditing.BatchedReadAuditLog>());
        services.AddHostedService(sp => sp.GetRequiredService<Persistence.Auditing.BatchedReadAuditLog>());
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>The interceptors of every context (singletons), in the order they run.</summary>
    private static Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors(IServiceProvider sp) =>
    [
        sp.GetRequiredService<RequestConnectionInterceptor>(), sp.GetRequiredService<DomainEventInterceptor>(), sp.GetRequiredService<SearchIndexInterceptor>(),
        sp.GetRequiredService<MembershipCountsInterceptor>(), sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<DeferredIndexesInterceptor>(),
        sp.GetRequiredService<SqliteTransactionCacheInterceptor>(),
    ];
}
