using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class EmulationModelConfiguration : IEntityTypeConfiguration<EmulationModel>
{
    public void Configure(EntityTypeBuilder<EmulationModel> builder)
    {
        builder.ToTable("EmulationModels");
        builder.ConfigureAggregateRoot();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Title).HasMaxLength(EmulationModel.TitleMaxLength).IsRequired();
        builder.Property(m => m.Target).HasMaxLength(EmulationModel.TextMaxLength).IsRequired();
        builder.Property(m => m.Result).HasMaxLength(EmulationModel.TextMaxLength);
        builder.Property(m => m.RecognitionDecision).HasMaxLength(EmulationModel.DecisionMaxLength);
        builder.Property(m => m.RecognitionLevel).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.OrganizationId, m.Year });
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(m => m.OwnerMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
