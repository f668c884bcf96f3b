using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.CivilServants;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.CivilServants;

internal sealed class CivilServantRatingConfiguration : IEntityTypeConfiguration<CivilServantRating>
{
    public void Configure(EntityTypeBuilder<CivilServantRating> builder)
    {
        builder.ToTable("CivilServantRatings");
        builder.ConfigureAggregateRoot();
        builder.Property(r => r.FullName).HasMaxLength(CivilServantRating.NameMaxLength).IsRequired();
        builder.Property(r => r.PersonKey).HasMaxLength(CivilServantRating.KeyMaxLength).IsRequired();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DecisionNumber).HasMaxLength(CivilServantRating.DecisionMaxLength);
        builder.Property(r => r.Note).HasMaxLength(CivilServantRating.NoteMaxLength);
        builder.Property(r => r.RuleSetCode).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => new { r.Year, r.PersonKey }).IsUnique().HasDatabaseName(UniqueIndexRules.CivilServantRatingPersonYear);
        builder.HasIndex(r => new { r.OrganizationId, r.Year });
        builder.HasIndex(r => new { r.MemberId, r.Year });
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
