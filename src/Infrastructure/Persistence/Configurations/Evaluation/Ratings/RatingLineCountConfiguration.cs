using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Evaluation.Ratings;
using PartyCommittee.Infrastructure.Persistence.Migrations.Sql;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Evaluation.Ratings;

/// <summary>
/// The campaigns' lines counted by figures (ADR 0110): the unique key is what the triggers on <c>MemberRatings</c>
/// increment and what the statistics read a campaign's rows by (its first column). No foreign key: derived data,
/// maintained by the triggers (<see cref="RatingLineCountTriggers"/>) and the migration's backfill. The key's widths are
/// the line's columns' (SQL Server: at most 1,385 bytes, under the 1,700 of a nonclustered index).
/// </summary>
internal sealed class RatingLineCountConfiguration : IEntityTypeConfiguration<RatingLineCount>
{
    public void Configure(EntityTypeBuilder<RatingLineCount> builder)
    {
        builder.ToTable(RatingLineCountTriggers.Table);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.Property(c => c.NotRatedReason).HasMaxLength(32);
        builder.Property(c => c.DecidedLevel).HasMaxLength(16);
        builder.Property(c => c.ProposedLevel).HasMaxLength(16);
        builder.Property(c => c.TaskGroup).HasMaxLength(MemberRating.TaskGroupMaxLength);
        builder.Property(c => c.CapCodes).HasMaxLength(512);
        builder.HasIndex(c => new { c.CampaignId, c.CellId, c.Rated, c.NotRatedReason, c.DecidedLevel, c.ProposedLevel, c.TaskGroup, c.CapCodes })
            .IsUnique()
            .HasDatabaseName("IX_RatingLineCounts_Figures");
    }
}
