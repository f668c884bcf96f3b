using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Common;

namespace PartyCommittee.Infrastructure.Persistence.Configurations;

internal static class AggregateRootConfiguration
{
    /// <summary>Key, concurrency token and timestamps of an aggregate root.</summary>
    public static void ConfigureAggregateRoot<T>(this EntityTypeBuilder<T> builder)
        where T : AggregateRoot
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Version).IsConcurrencyToken().IsNotAudited();
        builder.Property(e => e.CreatedAt).IsNotAudited();
        builder.Property(e => e.UpdatedAt).IsNotAudited();
    }
}
