using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Calendar;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Calendar;

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.ToTable("PublicHolidays");
        builder.ConfigureAggregateRoot();
        builder.Property(h => h.NameVi).HasMaxLength(128).IsRequired();
        builder.Property(h => h.NameEn).HasMaxLength(128).IsRequired();
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(CalendarEntryKind.DayOff).HasSentinel((CalendarEntryKind)(-1));
        builder.HasIndex(h => h.Date).IsUnique();
    }
}
