using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Indicators;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Indicators;

internal sealed class ReportingUnitConfiguration : IEntityTypeConfiguration<ReportingUnit>
{
    public void Configure(EntityTypeBuilder<ReportingUnit> builder)
    {
        builder.ToTable("ReportingUnits");
        builder.ConfigureAggregateRoot();
        builder.Property(u => u.Code).HasMaxLength(16).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.ParentCode).HasMaxLength(16);
        builder.Ignore(u => u.Validity);
        builder.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        builder.HasIndex(u => u.ParentCode);
    }
}

internal sealed class ReporterConfiguration : IEntityTypeConfiguration<Reporter>
{
    public void Configure(EntityTypeBuilder<Reporter> builder)
    {
        builder.ToTable("Reporters");
        builder.ConfigureAggregateRoot();
        builder.Property(r => r.ClientId).HasMaxLength(128).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(128).IsRequired();
        builder.PrimitiveCollection(r => r.UnitCodes);
        builder.PrimitiveCollection(r => r.DataElementCodes);
        builder.HasIndex(r => r.ClientId).IsUnique();
    }
}

internal sealed class PeriodLockConfiguration : IEntityTypeConfiguration<PeriodLock>
{
    public void Configure(EntityTypeBuilder<PeriodLock> builder)
    {
        builder.ToTable("PeriodLocks");
        builder.ConfigureAggregateRoot();
        builder.Property(l => l.Period).HasMaxLength(8).IsRequired();
        builder.Property(l => l.UnitCode).HasMaxLength(16);
        builder.Property(l => l.ApprovedBy).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Decision).HasMaxLength(64);
        builder.HasIndex(l => new { l.Period, l.UnitCode }).IsUnique();
    }
}
