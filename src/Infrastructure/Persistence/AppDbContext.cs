using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Application.Common.Exceptions;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Infrastructure.Persistence;

/// <summary>
/// The model, shared by both engines. Each engine has its own subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="SqlServerAppDbContext"/>) so that each keeps its own migrations in this assembly (ADR 0004).
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IAppDbContext
{
    public DbSet<PartyOrganization> Organizations => Set<PartyOrganization>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<PartyMember> Members => Set<PartyMember>();

    public DbSet<MemberStatusPeriod> MemberStatusPeriods => Set<MemberStatusPeriod>();

    public DbSet<MemberPlacement> MemberPlacements => Set<MemberPlacement>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<ElectedBody> ElectedBodies => Set<ElectedBody>();

    public DbSet<BodyMembership> BodyMemberships => Set<BodyMembership>();

    public DbSet<MassOrganization> MassOrganizations => Set<MassOrganization>();

    public DbSet<AdmissionCase> AdmissionCases => Set<AdmissionCase>();

    public DbSet<Transfer> Transfers => Set<Transfer>();

    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new ConflictException("conflict.duplicate", "The data duplicates an existing record.");
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            throw new ConflictException("conflict.duplicate", "The data duplicates an existing record.");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC: stored without a kind, read back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);

internal sealed class UtcDateTimeConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
