using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Application.Organization;

/// <summary>The sets of the organisation module, named on the data seam.</summary>
public static class OrganizationData
{
    extension(IAppDbContext db)
    {
        public DbSet<PartyOrganization> Organizations => db.Set<PartyOrganization>();

        public DbSet<Term> Terms => db.Set<Term>();

        public DbSet<ElectedBody> ElectedBodies => db.Set<ElectedBody>();

        public DbSet<BodyMembership> BodyMemberships => db.Set<BodyMembership>();

        public DbSet<MassOrganization> MassOrganizations => db.Set<MassOrganization>();
    }
}
