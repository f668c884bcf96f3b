using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Membership.Members.ImportMembers;
using PartyCommittee.Application.Organization.ElectedBodies;
using PartyCommittee.Infrastructure.Persistence;
using PartyCommittee.Infrastructure.Persistence.Interceptors;
using PartyCommittee.Infrastructure.Persistence.Seeding;

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
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<DomainEventInterceptor>();
        services.AddSingleton<SearchIndexInterceptor>();

        var connectionString = configuration.GetConnectionString("Default");
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString ??= DatabaseOptions.DefaultSqliteConnectionString;
                services.AddDbContext<SqliteAppDbContext>((sp, db) => db
                    .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory"))
                    .AddInterceptors(sp.GetRequiredService<DomainEventInterceptor>(), sp.GetRequiredService<SearchIndexInterceptor>(), sp.GetRequiredService<AuditingInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
                }

                services.AddDbContext<SqlServerAppDbContext>((sp, db) => db
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetRequiredService<DomainEventInterceptor>(), sp.GetRequiredService<SearchIndexInterceptor>(), sp.GetRequiredService<AuditingInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqlServerAppDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DemoDataSeeder>();
        services.AddSingleton<ISpreadsheets, Files.Spreadsheets>();
        services.AddSingleton(configuration.GetSection(ImportOptions.SectionName).Get<ImportOptions>() ?? new ImportOptions());
        services.AddSingleton(configuration.GetSection(Application.Indicators.IndicatorOptions.SectionName).Get<Application.Indicators.IndicatorOptions>() ?? new Application.Indicators.IndicatorOptions());
        services.AddSingleton(configuration.GetSection(Application.Inspection.Dues.DuesOptions.SectionName).Get<Application.Inspection.Dues.DuesOptions>() ?? new Application.Inspection.Dues.DuesOptions());
        services.AddSingleton(configuration.GetSection(Application.Inspection.InspectionDeadlineOptions.SectionName).Get<Application.Inspection.InspectionDeadlineOptions>() ?? new Application.Inspection.InspectionDeadlineOptions());
        services.AddSingleton(configuration.GetSection(ElectedBodyOptions.SectionName).Get<ElectedBodyOptions>() ?? new ElectedBodyOptions());
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton(configuration.GetSection(Persistence.Auditing.ReadAuditOptions.SectionName).Get<Persistence.Auditing.ReadAuditOptions>() ?? new Persistence.Auditing.ReadAuditOptions());
        services.AddSingleton<Persistence.Auditing.BatchedReadAuditLog>();
        services.AddSingleton<Application.Common.Auditing.IReadAuditLog>(sp => sp.GetRequiredService<Persistence.Auditing.BatchedReadAuditLog>());
        services.AddHostedService(sp => sp.GetRequiredService<Persistence.Auditing.BatchedReadAuditLog>());
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }
}
