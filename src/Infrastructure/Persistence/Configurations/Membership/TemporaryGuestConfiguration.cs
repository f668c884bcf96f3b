using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyCommittee.Domain.Membership.Guests;
using PartyCommittee.Domain.Organization;

namespace PartyCommittee.Infrastructure.Persistence.Configurations.Membership;

/// <summary>Members of other party committees on temporary party activity in a cell of this committee (no member record here).</summary>
internal sealed class TemporaryGuestConfiguration : IEntityTypeConfiguration<TemporaryGuest>
{
    public void Configure(EntityTypeBuilder<TemporaryGuest> builder)
    {
        builder.ToTable("TemporaryGuests");
        builder.ConfigureAggregateRoot();
        builder.Property(g => g.FullName).HasMaxLength(TemporaryGuest.NameMaxLength).IsRequired();
        builder.Property(g => g.NameSortKey).HasMaxLength(3 * TemporaryGuest.NameMaxLength).IsUnicode(false).IsRequired().IsNotAudited();
        builder.Property(g => g.PartyCardNumber).HasMaxLength(TemporaryGuest.CardNumberMaxLength);
        builder.Property(g => g.HomeOrganization).HasMaxLength(TemporaryGuest.OrganizationMaxLength).IsRequired();
        builder.Property(g => g.HomeCommittee).HasMaxLength(TemporaryGuest.OrganizationMaxLength).IsRequired();
        builder.Property(g => g.LetterNumber).HasMaxLength(TemporaryGuest.LetterNumberMaxLength).IsRequired();
        builder.Property(g => g.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(g => new { g.HostOrganizationId, g.PresentedOn });
        builder.HasMany(g => g.Attendance).WithOne().HasForeignKey(a => a.GuestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Attendance).HasField("attendance").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasOne<PartyOrganization>().WithMany().HasForeignKey(g => g.HostOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
