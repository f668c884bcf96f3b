using Microsoft.EntityFrameworkCore;
using PartyCommittee.Domain.Common;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Application.Common.Abstractions;

/// <summary>
/// The unit of work and query seam (ADR 0003: no repository over EF Core). Saving translates database
/// concurrency and uniqueness failures into <see cref="Exceptions.PreconditionFailedException"/> and
/// <see cref="Exceptions.ConflictException"/>.
/// </summary>
public interface IAppDbContext
{
    DbSet<PartyOrganization> Organizations { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<PartyMember> Members { get; }

    DbSet<MemberStatusPeriod> MemberStatusPeriods { get; }

    DbSet<MemberPlacement> MemberPlacements { get; }

    DbSet<Term> Terms { get; }

    DbSet<ElectedBody> ElectedBodies { get; }

    DbSet<BodyMembership> BodyMemberships { get; }

    DbSet<MassOrganization> MassOrganizations { get; }

    DbSet<AdmissionCase> AdmissionCases { get; }

    DbSet<Transfer> Transfers { get; }

    DbSet<PublicHoliday> PublicHolidays { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
