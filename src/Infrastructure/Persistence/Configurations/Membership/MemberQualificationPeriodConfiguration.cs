using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

internal sealed class MemberQualificationPeriodConfiguration : IEntityTypeConfiguration<MemberQualificationPeriod>
{
    public void Configure(EntityTypeBuilder<MemberQualificationPeriod> builder)
    {
        builder.ToTable("MemberQualificationPeriods");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Ignore(q => q.Period);
        builder.Property(q => q.GeneralEducation).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.ProfessionalLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.PoliticalTheoryLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.Position).HasMaxLength(256);
        builder.HasIndex(q => new { q.MemberId, q.StartsOn });
        builder.HasIndex(q => new { q.StartsOn, q.EndsOn });
    }
}
