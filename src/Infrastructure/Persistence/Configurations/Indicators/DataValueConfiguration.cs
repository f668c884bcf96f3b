using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Indicators;

internal sealed class DataValueConfiguration : IEntityTypeConfiguration<DataValue>
{
    public void Configure(EntityTypeBuilder<DataValue> builder)
    {
        builder.ToTable("DataValues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.DataElement).HasMaxLength(32).IsRequired();
        builder.Property(v => v.Period).HasMaxLength(8).IsRequired();
        builder.Property(v => v.UnitCode).HasMaxLength(16).IsRequired();
        builder.Property(v => v.Disaggregation).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Value).HasPrecision(20, 4);
        builder.Property(v => v.Comment).HasMaxLength(500);
        builder.Property(v => v.StoredBy).HasMaxLength(128).IsRequired();
        builder.Property(v => v.StoredAt).IsNotAudited();
        builder.Property(v => v.ChangeNumber).IsNotAudited();

        // The natural key: one value per element, period, unit and breakdown (replays upsert, never duplicate).
        builder.HasIndex(v => new { v.DataElement, v.Period, v.UnitCode, v.Disaggregation }).IsUnique();
        // The change feed reads by change number; each write takes a new one.
        builder.HasIndex(v => v.ChangeNumber).IsUnique();
        builder.HasIndex(v => new { v.DataElement, v.PeriodStart });
    }
}
