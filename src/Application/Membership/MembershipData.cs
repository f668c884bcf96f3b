using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Application.Membership;

/// <summary>The sets of the membership module, named on the data seam.</summary>
public static class MembershipData
{
    extension(IAppDbContext db)
    {
        public DbSet<PartyMember> Members => db.Set<PartyMember>();

        public DbSet<MemberStatusPeriod> MemberStatusPeriods => db.Set<MemberStatusPeriod>();

        public DbSet<MemberPlacement> MemberPlacements => db.Set<MemberPlacement>();

        public DbSet<AdmissionCase> AdmissionCases => db.Set<AdmissionCase>();

        public DbSet<Transfer> Transfers => db.Set<Transfer>();
    }
}
