using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation;
using PartyCommittee.Domain.Membership;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation;

internal sealed class MonthlyReviewConfiguration : IEntityTypeConfiguration<MonthlyReview>
{
    public void Configure(EntityTypeBuilder<MonthlyReview> builder)
    {
        builder.ToTable("MonthlyReviews");
        builder.ConfigureAggregateRoot();
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Comments).HasMaxLength(MonthlyReview.CommentsMaxLength);
        builder.HasIndex(r => new { r.MemberId, r.Year, r.Month }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.Year, r.Month });
        builder.HasIndex(r => r.MeetingId);
        builder.HasIndex(r => r.TemplateId);
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartyMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CellMeeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReviewTemplate>().WithMany().HasForeignKey(r => r.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Checks).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Checks).HasField("checks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
