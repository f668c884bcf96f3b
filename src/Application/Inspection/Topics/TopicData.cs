using Microsoft.EntityFrameworkCore;
using PartyCommittee.Application.Common.Abstractions;
using PartyCommittee.Domain.Inspection.Topics;

namespace PartyCommittee.Application.Inspection.Topics;

/// <summary>The topics organisations add, named on the data seam.</summary>
public static class TopicData
{
    extension(IAppDbContext db)
    {
        public DbSet<OrganizationTopic> OrganizationTopics => db.Set<OrganizationTopic>();
    }
}
