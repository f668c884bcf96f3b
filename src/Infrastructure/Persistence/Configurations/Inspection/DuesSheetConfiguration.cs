using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Inspection.Dues;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Inspection;

internal sealed class DuesSheetConfiguration : IEntityTypeConfiguration<DuesSheet>
{
    public void Configure(EntityTypeBuilder<DuesSheet> builder)
    {
        builder.ToTable("DuesSheets");
        builder.ConfigureAggregateRoot();
        builder.Property(s => s.RuleSetCode).HasMaxLength(32);
        builder.HasIndex(s => new { s.OrganizationId, s.Month }).IsUnique().HasDatabaseName(UniqueIndexRules.DuesSheetMonth);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SheetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.Remitted);
    }
}
